export type Candidates = {
  /** How much each sentence deserves a place, on any scale that is the same for all. */
  relevance: readonly number[]
  /** Pairwise similarity, n by n in row order, from 0 to 1. */
  similarity: Float64Array
  /** The section of each sentence. */
  sections: readonly number[]
}

export type SelectionSettings = {
  /** Maximal marginal relevance: 1 weighs only relevance, 0 only being unlike what is chosen. */
  lambda: number
  /** Taken off a sentence whose section already has one chosen, while others have none. */
  sectionPenalty: number
  /** A sentence at least this like one already chosen is taken only when nothing else is left. */
  nearDuplicate: number
}

export const DEFAULT_SELECTION: SelectionSettings = {
  lambda: 0.85,
  sectionPenalty: 0.15,
  nearDuplicate: 0.75,
}

/**
 * Chooses `count` sentences one at a time, each the best mix of relevant and unlike the ones
 * already chosen (maximal marginal relevance), so a summary does not say the same thing twice,
 * and spreads them over the sections. A near-copy of a chosen sentence comes last of all. Ties
 * go to the earlier sentence; the result is in article order.
 */
export function selectSentences(
  { relevance, similarity, sections }: Candidates,
  count: number,
  settings: SelectionSettings = DEFAULT_SELECTION,
): number[] {
  const n = relevance.length
  const chosen: number[] = []
  const closest = new Float64Array(n)
  const covered = new Set<number>()
  const sectionCount = new Set(sections).size
  while (chosen.length < Math.min(count, n)) {
    let best = -1
    let bestScore = -Infinity
    let bestIsCopy = true
    for (let i = 0; i < n; i++) {
      if (chosen.includes(i)) continue
      const section = sections[i] ?? 0
      const crowded = covered.has(section) && covered.size < sectionCount
      const isCopy = (closest[i] ?? 0) >= settings.nearDuplicate
      const score =
        settings.lambda * (relevance[i] ?? 0) -
        (1 - settings.lambda) * (closest[i] ?? 0) -
        (crowded ? settings.sectionPenalty : 0)
      if ((bestIsCopy && !isCopy) || (isCopy === bestIsCopy && score > bestScore)) {
        best = i
        bestScore = score
        bestIsCopy = isCopy
      }
    }
    chosen.push(best)
    covered.add(sections[best] ?? 0)
    for (let i = 0; i < n; i++)
      closest[i] = Math.max(closest[i] ?? 0, similarity[best * n + i] ?? 0)
  }
  return chosen.sort((a, b) => a - b)
}
