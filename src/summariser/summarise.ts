import { articleSentences } from './article-sentences.ts'
import { passages } from './passages.ts'
import { selectPassages } from './select-sentences.ts'
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
 * in article order, each with the paragraph it came from. Each point reads on its own: sentences
 * that lean on the ones before them or carry half a quotation are passed over, or given with the
 * sentences that complete them (a point is then a passage of its paragraph, counted as that many
 * sentences), and a linking word a point opens with is dropped. Three sentences by default,
 * fewer for a short article. The same article always gives the same summary; an article with any
 * text always gets one.
 */
export function summarise(input: SummaryInput, options?: { sentences?: number }): GeneratedPoint[] {
  const sentences = articleSentences(input)
  const count = summaryLength(sentences.length, options?.sentences)
  if (count === 0) return []
  const { relevance, similarity } = sentenceScores(sentences, tokenise(input.title, input.lang))
  const candidates = {
    relevance,
    similarity,
    sections: sentences.map(({ section }) => section),
    passages: passages(sentences),
    words: sentences.map(({ tokens }) => new Set(tokens)),
  }
  const texts = new Map(input.paragraphs.map(({ id, text }) => [id, text]))
  return selectPassages(candidates, count).flatMap(({ first, last }) => {
    const opening = sentences[first]
    const closing = sentences[last]
    if (!opening || !closing) return []
    const rest = (texts.get(opening.paragraphId) ?? '').slice(opening.end, closing.end)
    return [{ text: opening.point + rest, paragraphId: opening.paragraphId }]
  })
}
