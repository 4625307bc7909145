// "More like this" across the whole collection, at build time. Each article is weighed by
// TF-IDF over the summariser's tokens and keeps only its most distinctive terms; an inverted
// index from term to the articles that weigh it most then finds the candidates, so the work is
// articles × kept terms × postings per term: linear in the number of articles, never pairwise.

// Each document's distinct terms with their counts (term-counts.ts), each term once. Read twice,
// so a fresh iterable each time: holding every document's terms between the two readings would
// cost more memory than the documents' heads do.
export type SimilarityInput = { terms: () => Iterable<readonly [string, number]> }

export type RelatedOptions = {
  /** Distinctive terms kept per article. */
  terms?: number
  /** Articles kept per term, the ones that weigh it most. */
  postings?: number
  /** Related articles per article. */
  count?: number
}

type Weighted = { terms: Int32Array; weights: Float64Array }

// Two readings: the first gives every term an id and counts the documents that have it; the
// second weighs each document's terms and keeps the most distinctive, best first, ties to the
// lower id, without sorting all of them.
function weigh(documents: readonly SimilarityInput[], keep: number): Weighted[] {
  const ids = new Map<string, number>()
  let frequency = new Int32Array(1024)
  for (const { terms } of documents) {
    for (const [term] of terms()) {
      let id = ids.get(term)
      if (id === undefined) {
        id = ids.size
        ids.set(term, id)
        if (id === frequency.length) {
          const grown = new Int32Array(frequency.length * 2)
          grown.set(frequency)
          frequency = grown
        }
      }
      frequency[id]! += 1
    }
  }
  const total = documents.length
  // A term only this article has links it to nothing; a term every article has says nothing:
  // both weigh 0, which no other term can (the logarithm is of more than 1).
  const inverse = new Float64Array(ids.size)
  for (let id = 0; id < ids.size; id++) {
    const df = frequency[id]!
    inverse[id] = df < 2 || df === total ? 0 : Math.log(total / df)
  }
  const topIds = new Int32Array(keep)
  const topWeights = new Float64Array(keep)
  return documents.map(({ terms }) => {
    let size = 0
    for (const [term, count] of terms()) {
      const id = ids.get(term)!
      if (inverse[id] === 0) continue
      const weight = (1 + Math.log(count)) * inverse[id]!
      if (size === keep && !ranksBefore(weight, id, topWeights, topIds, keep - 1)) continue
      let at = size === keep ? keep - 1 : size++
      while (at > 0 && ranksBefore(weight, id, topWeights, topIds, at - 1)) {
        topWeights[at] = topWeights[at - 1]!
        topIds[at] = topIds[at - 1]!
        at--
      }
      topWeights[at] = weight
      topIds[at] = id
    }
    let sum = 0
    for (let at = 0; at < size; at++) sum += topWeights[at]! * topWeights[at]!
    const norm = Math.sqrt(sum) || 1
    return {
      terms: topIds.slice(0, size),
      weights: Float64Array.from(topWeights.subarray(0, size), (weight) => weight / norm),
    }
  })
}

// A heavier term first; of two that weigh the same, the one with the lower id.
function ranksBefore(
  weight: number,
  id: number,
  weights: Float64Array,
  ids: Int32Array,
  at: number,
): boolean {
  return weight > weights[at]! || (weight === weights[at] && id < ids[at]!)
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
