import type { TermIds } from './term-table.ts'

// "More like this" across the whole collection, at build time. Each article is weighed by
// TF-IDF over the summariser's tokens and keeps only its most distinctive terms; an inverted
// index from term to the articles that weigh it most then finds the candidates, so the work is
// articles × kept terms × postings per term: linear in the number of articles, never pairwise.

// Each document's distinct terms as numbers (term-table.ts), with their counts.
export type SimilarityInput = TermIds

export type RelatedOptions = {
  /** Distinctive terms kept per article. */
  terms?: number
  /** Articles kept per term, the ones that weigh it most. */
  postings?: number
  /** Related articles per article. */
  count?: number
}

// A document's kept terms by rank (below), best first, and their weights.
type Weighted = { terms: Int32Array; weights: Float64Array }

// Two readings: the first ranks every term by where it first comes (in the first document that
// has it, at its place there) and counts the documents that have it; the second weighs each
// document's terms and keeps the most distinctive, best first, ties to the lower rank, without
// sorting all of them. Ranking by first appearance, not by the table's ids, makes the answer
// depend on the collection alone, never on which words an earlier run numbered first.
function weigh(documents: readonly SimilarityInput[], keep: number): Weighted[] {
  let tableSize = 0
  for (const { ids } of documents) for (const id of ids) if (id >= tableSize) tableSize = id + 1
  const rankOf = new Int32Array(tableSize).fill(-1)
  const frequency = new Int32Array(tableSize)
  let ranked = 0
  for (const { ids } of documents) {
    for (let at = 0; at < ids.length; at++) {
      const id = ids[at]!
      if (rankOf[id] === -1) rankOf[id] = ranked++
      frequency[id]! += 1
    }
  }
  const total = documents.length
  // A term only this article has links it to nothing; a term every article has says nothing:
  // both weigh 0, which no other term can (the logarithm is of more than 1).
  const inverse = new Float64Array(tableSize)
  for (let id = 0; id < tableSize; id++) {
    const df = frequency[id]!
    inverse[id] = df < 2 || df === total ? 0 : Math.log(total / df)
  }
  const topRanks = new Int32Array(keep)
  const topWeights = new Float64Array(keep)
  return documents.map(({ ids, counts }) => {
    let size = 0
    for (let at = 0; at < ids.length; at++) {
      const id = ids[at]!
      if (inverse[id] === 0) continue
      const rank = rankOf[id]!
      const weight = (1 + Math.log(counts[at]!)) * inverse[id]!
      if (size === keep && !ranksBefore(weight, rank, topWeights, topRanks, keep - 1)) continue
      let place = size === keep ? keep - 1 : size++
      while (place > 0 && ranksBefore(weight, rank, topWeights, topRanks, place - 1)) {
        topWeights[place] = topWeights[place - 1]!
        topRanks[place] = topRanks[place - 1]!
        place--
      }
      topWeights[place] = weight
      topRanks[place] = rank
    }
    let sum = 0
    for (let at = 0; at < size; at++) sum += topWeights[at]! * topWeights[at]!
    const norm = Math.sqrt(sum) || 1
    return {
      terms: topRanks.slice(0, size),
      weights: Float64Array.from(topWeights.subarray(0, size), (weight) => weight / norm),
    }
  })
}

// A heavier term first; of two that weigh the same, the one ranked first.
function ranksBefore(
  weight: number,
  rank: number,
  weights: Float64Array,
  ranks: Int32Array,
  at: number,
): boolean {
  return weight > weights[at]! || (weight === weights[at] && rank < ranks[at]!)
}

/**
 * For each document, the indices of the most similar others, best first; ties go to the
 * earlier document, so the same collection always gives the same answer. Never the document
 * itself, and never one that shares no distinctive term with it.
 */
export function similarDocuments(
  documents: readonly SimilarityInput[],
  options: RelatedOptions = {},
): number[][] {
  const { terms: keep = 32, postings: perTerm = 128, count = 5 } = options
  const vectors = weigh(documents, keep)

  // The inverted index as flat arrays: for term t, its postings are at starts[t]..ends[t], the
  // `perTerm` documents that weigh it most (ties to the earlier document). Filled in document
  // order by counting first, so no list of objects is made per posting.
  const termCount = vectors.reduce((most, { terms }) => Math.max(most, ...terms, -1), -1) + 1
  const starts = new Int32Array(termCount + 1)
  for (const { terms } of vectors) for (const term of terms) starts[term + 1]! += 1
  for (let term = 0; term < termCount; term++) starts[term + 1]! += starts[term]!
  const allDocs = new Int32Array(starts[termCount]!)
  const allWeights = new Float64Array(starts[termCount]!)
  const cursor = starts.slice(0, termCount)
  vectors.forEach(({ terms, weights }, doc) => {
    for (let i = 0; i < terms.length; i++) {
      const at = cursor[terms[i]!]!++
      allDocs[at] = doc
      allWeights[at] = weights[i]!
    }
  })
  const ends = new Int32Array(termCount)
  for (let term = 0; term < termCount; term++) {
    const from = starts[term]!
    const length = starts[term + 1]! - from
    if (length > perTerm) {
      const order = Array.from({ length }, (_, offset) => from + offset)
      order.sort((a, b) => allWeights[b]! - allWeights[a]! || allDocs[a]! - allDocs[b]!)
      const kept = order.slice(0, perTerm).map((at) => [allDocs[at]!, allWeights[at]!] as const)
      kept.forEach(([doc, weight], offset) => {
        allDocs[from + offset] = doc
        allWeights[from + offset] = weight
      })
    }
    ends[term] = from + Math.min(length, perTerm)
  }

  const scores = new Float64Array(documents.length)
  return vectors.map(({ terms, weights }, doc) => {
    const touched: number[] = []
    for (let i = 0; i < terms.length; i++) {
      const term = terms[i]!
      const weight = weights[i]!
      for (let at = starts[term]!; at < ends[term]!; at++) {
        const other = allDocs[at]!
        if (other === doc) continue
        if (scores[other] === 0) touched.push(other)
        scores[other]! += weight * allWeights[at]!
      }
    }
    const best = topScoring(touched, scores, count)
    for (const other of touched) scores[other] = 0
    return best
  })
}

// The `count` best of the touched documents, best first, ties to the earlier one: a short
// insertion list rather than a sort of every candidate.
function topScoring(candidates: readonly number[], scores: Float64Array, count: number): number[] {
  const best: number[] = []
  const better = (a: number, b: number) =>
    scores[a]! > scores[b]! || (scores[a] === scores[b] && a < b)
  for (const candidate of candidates) {
    if (best.length === count && !better(candidate, best[count - 1]!)) continue
    let at = best.length === count ? count - 1 : best.length
    while (at > 0 && better(candidate, best[at - 1]!)) {
      best[at] = best[at - 1]!
      at--
    }
    best[at] = candidate
  }
  return best
}
