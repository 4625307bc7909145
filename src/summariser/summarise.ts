import { articleSentences } from './article-sentences.ts'
import { selectSentences } from './select-sentences.ts'
import { sentenceScores } from './sentence-scores.ts'
import { summaryLength } from './summary-length.ts'
import { tokenise } from './tokenise.ts'

export type SummaryInput = {
  title: string
  /** BCP 47. English is stemmed; other languages are summarised on their words as written. */
  lang: string
  /** Section 0 is the opening text before the first heading; 1 and on are the sections in order. */
  paragraphs: { id: string; text: string; section: number }[]
}

export type GeneratedPoint = { text: string; paragraphId: string }

/**
 * An extractive summary: the article's most relevant sentences that do not repeat each other,
 * in article order, each with the paragraph it came from. Three sentences by default, fewer for
 * a short article. The same article always gives the same summary; an article with any text
 * always gets one.
 */
export function summarise(input: SummaryInput, options?: { sentences?: number }): GeneratedPoint[] {
  const sentences = articleSentences(input)
  const count = summaryLength(sentences.length, options?.sentences)
  if (count === 0) return []
  const { relevance, similarity } = sentenceScores(sentences, tokenise(input.title, input.lang))
  const sections = sentences.map(({ section }) => section)
  return selectSentences({ relevance, similarity, sections }, count).flatMap((index) => {
    const sentence = sentences[index]
    return sentence ? [{ text: sentence.text, paragraphId: sentence.paragraphId }] : []
  })
}
