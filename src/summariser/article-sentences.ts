import type { LeaningOpener } from './leaning-opener.ts'
import { quotationFragments, type Fragment } from './quotation-fragment.ts'
import { splitSentences } from './split-sentences.ts'
import { standAlone } from './stand-alone.ts'
import type { SummaryInput } from './summarise.ts'
import { tokenise } from './tokenise.ts'

export type ArticleSentence = {
  text: string
  /** The sentence as a summary point: without a linking word it opens with (see standAlone). */
  point: string
  /** What in the point leans on the sentences before it, or null. */
  leans: LeaningOpener | null
  /** Whether it is a piece of a quotation that runs beyond it, or one with no speaker. */
  fragment: Fragment | null
  paragraphId: string
  /** Where it stands in its paragraph's text, in UTF-16 code units. */
  start: number
  end: number
  section: number
  /** Place in the article, in its section and in its paragraph, each counted from 0. */
  index: number
  indexInSection: number
  indexInParagraph: number
  tokens: string[]
}

/** Every sentence of the article in order, with where it stands and the words it carries. */
export function articleSentences(input: SummaryInput): ArticleSentence[] {
  const sentences: ArticleSentence[] = []
  const seenInSection = new Map<number, number>()
  for (const paragraph of input.paragraphs) {
    const texts = splitSentences(paragraph.text)
    const fragments = quotationFragments(paragraph.text, texts)
    let end = 0
    texts.forEach((text, indexInParagraph) => {
      const start = paragraph.text.indexOf(text, end)
      end = start + text.length
      const indexInSection = seenInSection.get(paragraph.section) ?? 0
      seenInSection.set(paragraph.section, indexInSection + 1)
      const { text: point, leans } = standAlone(text, input.lang)
      sentences.push({
        text,
        point,
        leans,
        fragment: fragments[indexInParagraph] ?? null,
        paragraphId: paragraph.id,
        start,
        end,
        section: paragraph.section,
        index: sentences.length,
        indexInSection,
        indexInParagraph,
        tokens: tokenise(text, input.lang),
      })
    })
  }
  return sentences
}
