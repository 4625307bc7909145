import type { Passage } from './passages.ts'
import { repeats } from './repeats.ts'

export type Candidates = {
  /** How much each sentence deserves a place, on any scale that is the same for all. */
  relevance: readonly number[]
  /** Pairwise similarity, n by n in row order, from 0 to 1. */
  similarity: Float64Array
  /** The section of each sentence. */
  sections: readonly number[]
  /** For each sentence, the passage it is given in (see passages); alone, by default. */
  passages?: readonly Passage[]
  /** The distinct content words of each sentence, to find a point another already holds. */
  words?: readonly ReadonlySet<string>[]
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
 * Chooses passages worth `count` sentences one at a time, each the best mix of relevant (the mean
 * of its sentences) and unlike what is already chosen (maximal marginal relevance), so a summary
 * does not say the same thing twice, and spreads them over the sections. A passage that does not
 * stand alone is taken only when none that does is left, and a repeat of a chosen one last of
 * all. Ties go to the earlier sentence; the result is in article order, overlapping passages
 * joined.
 */
export function selectPassages(
  { relevance, similarity, sections, passages, words }: Candidates,
  count: number,
  settings: SelectionSettings = DEFAULT_SELECTION,
): { first: number; last: number }[] {
  const n = relevance.length
  const taken = new Uint8Array(n)
  const chosen: { first: number; last: number }[] = []
  const closest = new Float64Array(n)
  // A passage chosen over part of one already chosen joins it in one point, so a point's
  // words are those of all it joins, and it must repeat none of the others.
  const wordsFrom = (first: number, last: number, into = new Set<string>()) => {
    for (let j = first; j <= last; j++) for (const word of words?.[j] ?? []) into.add(word)
    return into
  }
  const chosenWords: Set<string>[] = []
  const repeatsChosen = (passage: { first: number; last: number }) => {
    if (!words || !chosen.length) return false
    const joins = chosen.map((other) => other.first <= passage.last && passage.first <= other.last)
    let point = words[passage.first]
    if (passage.last > passage.first || joins.includes(true)) {
      const joined = wordsFrom(passage.first, passage.last)
      chosen.forEach((other, k) => joins[k] && wordsFrom(other.first, other.last, joined))
      point = joined
    }
    return chosenWords.some((other, k) => !joins[k] && point !== undefined && repeats(other, point))
  }
  const covered = new Set<number>()
  const sectionCount = new Set(sections).size
  let left = Math.min(count, n)
  while (left > 0) {
    let best: Passage | null = null
    let bestScore = -Infinity
    let bestTier = Infinity
    for (let i = 0; i < n; i++) {
      if (taken[i]) continue
      let passage = passages?.[i] ?? { first: i, last: i, standsAlone: true }
      let cost = 0
      let sum = 0
      for (let j = passage.first; j <= passage.last; j++) {
        if (taken[j]) continue
        cost++
        sum += relevance[j] ?? 0
      }
      if (cost > left) {
        passage = { first: i, last: i, standsAlone: false }
        sum = relevance[i] ?? 0
        cost = 1
      }
      let like = 0
      for (let j = passage.first; j <= passage.last; j++)
        if (!taken[j]) like = Math.max(like, closest[j] ?? 0)
      const copy = like >= settings.nearDuplicate || repeatsChosen(passage)
      const tier = copy ? 2 : passage.standsAlone ? 0 : 1
      if (tier > bestTier) continue
      const section = sections[i] ?? 0
      const crowded = covered.has(section) && covered.size < sectionCount
      const score =
        (settings.lambda * sum) / Math.max(1, cost) -
        (1 - settings.lambda) * like -
        (crowded ? settings.sectionPenalty : 0)
      if (tier < bestTier || score > bestScore) {
        best = passage
        bestScore = score
        bestTier = tier
      }
    }
    if (!best) break
    chosen.push({ first: best.first, last: best.last })
    chosenWords.push(wordsFrom(best.first, best.last))
    for (let j = best.first; j <= best.last; j++) {
      if (!taken[j]) left--
      taken[j] = 1
      covered.add(sections[j] ?? 0)
      for (let i = 0; i < n; i++) closest[i] = Math.max(closest[i] ?? 0, similarity[j * n + i] ?? 0)
    }
  }
  return joinOverlaps(chosen)
}

function joinOverlaps(
  chosen: { first: number; last: number }[],
): { first: number; last: number }[] {
  const sorted = [...chosen].sort((a, b) => a.first - b.first)
  const joined: { first: number; last: number }[] = []
  for (const passage of sorted) {
    const previous = joined.at(-1)
    if (previous && passage.first <= previous.last)
      previous.last = Math.max(previous.last, passage.last)
    else joined.push({ ...passage })
  }
  return joined
}

/** The sentences selectPassages chooses, in article order. */
export function selectSentences(
  candidates: Candidates,
  count: number,
  settings: SelectionSettings = DEFAULT_SELECTION,
): number[] {
  return selectPassages(candidates, count, settings).flatMap(({ first, last }) =>
    Array.from({ length: last - first + 1 }, (_, k) => first + k),
  )
}
