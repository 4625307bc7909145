import type { ArticleSentence } from './article-sentences.ts'

/** Consecutive sentences of one paragraph, first to last, given as one summary point. */
export type Passage = { first: number; last: number; standsAlone: boolean }

/** The most sentences a point may run to, to keep a quotation or a reference whole. */
export const MAX_PASSAGE = 3

type Reading = Pick<ArticleSentence, 'paragraphId' | 'leans' | 'fragment'>

const needsBefore = ({ leans, fragment }: Reading) =>
  leans !== null || fragment?.continued === true || fragment?.kind === 'unattributed'

/**
 * For each sentence, the passage it has to be read in to stand alone: back to the sentence that
 * names who or what it leans on ("He said" after "Mayor Ruth Okafor warned"; a quotation's speaker)
 * and on to the end of a quotation it leaves open, never beyond its paragraph nor over
 * MAX_PASSAGE sentences. Where no such passage fits, the sentence is its own passage and does
 * not stand alone.
 */
export function passages(sentences: readonly Reading[]): Passage[] {
  const same = (a: number, b: number) => sentences[a]?.paragraphId === sentences[b]?.paragraphId
  return sentences.map((sentence, index) => {
    let first = index
    let last = index
    while (needsBefore(sentences[first] ?? sentence) && first > 0 && same(first - 1, index)) first--
    while (
      sentences[last]?.fragment?.runsOn &&
      last + 1 < sentences.length &&
      same(last + 1, index)
    )
      last++
    const standsAlone =
      !needsBefore(sentences[first] ?? sentence) && !sentences[last]?.fragment?.runsOn
    if (last - first + 1 > MAX_PASSAGE || (!standsAlone && first !== last)) {
      return {
        first: index,
        last: index,
        standsAlone: !needsBefore(sentence) && !sentence.fragment,
      }
    }
    return { first, last, standsAlone }
  })
}
