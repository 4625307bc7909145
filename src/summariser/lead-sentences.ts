import type { SummaryInput } from './summarise.ts'
import { splitSentences } from './split-sentences.ts'

/** The Lead-k baseline: the article's first k sentences, split as the summariser splits them. */
export function leadSentences(input: SummaryInput, k: number): string[] {
  const lead: string[] = []
  for (const paragraph of input.paragraphs) {
    for (const sentence of splitSentences(paragraph.text)) {
      if (lead.length >= k) return lead
      lead.push(sentence)
    }
  }
  return lead
}
