import { z } from 'zod'
import type { SummaryInput } from './summarise.ts'
import { splitSentences } from './split-sentences.ts'

// One line of the BBC News Summary evaluation data (../shared/data/bbc-news-summary/README.md).
export const BbcSummaryRowSchema = z.object({
  id: z.string(),
  title: z.string(),
  text: z.string(),
  summary: z.string(),
  summary_sentences: z.array(z.string()).nullable(),
})

export type BbcSummaryRow = z.infer<typeof BbcSummaryRowSchema>

/** Reads JSON Lines, failing on the first bad row with its line number. */
export function parseRows(jsonl: string): BbcSummaryRow[] {
  return jsonl.split('\n').flatMap((line, index) => {
    if (!line.trim()) return []
    const parsed = BbcSummaryRowSchema.safeParse(JSON.parse(line))
    if (!parsed.success) throw new Error(`line ${index + 1}: ${z.prettifyError(parsed.error)}`)
    return [parsed.data]
  })
}

/** The article as the content build would hand it over: English, no headings, paragraphs p1, p2... */
export function summaryInputFromRow(row: BbcSummaryRow): SummaryInput {
  const paragraphs = row.text
    .split(/\n\s*\n/)
    .map((text) => text.trim())
    .filter((text) => text.length > 0)
    .map((text, index) => ({ id: `p${index + 1}`, text, section: 0 }))
  return { title: row.title, lang: 'en', paragraphs }
}

/** The reference summary's sentences: as given, or split like the articles where they are not. */
export function referenceSentences(row: BbcSummaryRow): string[] {
  return row.summary_sentences ?? splitSentences(row.summary)
}
