import { splitSentences } from './split-sentences.ts'
import type { SummaryInput } from './summarise.ts'
import { tokenise } from './tokenise.ts'

export type ArticleSentence = {
  text: string
  paragraphId: string
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
    splitSentences(paragraph.text).forEach((text, indexInParagraph) => {
      const indexInSection = seenInSection.get(paragraph.section) ?? 0
      seenInSection.set(paragraph.section, indexInSection + 1)
      sentences.push({
        text,
        paragraphId: paragraph.id,
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
