// "More like this" across the whole collection, at build time. Each article is weighed by
// TF-IDF over the summariser's tokens and keeps only its most distinctive terms; an inverted
// index from term to the articles that weigh it most then finds the candidates, so the work is
// articles × kept terms × postings per term: linear in the number of articles, never pairwise.

// Each document's distinct terms with their counts (term-counts.ts), each term once.
export type SimilarityInput = { terms: Iterable<readonly [string, number]> }

export type RelatedOptions = {
  /** Distinctive terms kept per article. */
  terms?: number
  /** Articles kept per term, the ones that weigh it most. */
  postings?: number
  /** Related articles per article. */
  count?: number
}

type Weighted = { terms: Int32Array; weights: Float64Array }

// Two passes: the first gives every term an id and counts the documents that have it, keeping
// each document's terms as two small typed arrays (a hundred thousand documents' Maps would
// not fit in memory); the second weighs each document's terms and keeps the most distinctive.
function weigh(documents: readonly SimilarityInput[], keep: number): Weighted[] {
  const ids = new Map<string, number>()
  let frequency = new Int32Array(1024)
  const counted = documents.map(({ terms }) => {
    const termIds: number[] = []
    const termCounts: number[] = []
    for (const [term, count] of terms) {
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
      termIds.push(id)
      termCounts.push(count)
    }
    return { ids: Int32Array.from(termIds), counts: Float64Array.from(termCounts) }
  })
  const total = documents.length
  return counted.map(({ ids: termIds, counts }) => {
    // A term only this article has links it to nothing; a term every article has says nothing.
    const scored: [number, number][] = []
    for (let i = 0; i < termIds.length; i++) {
      const id = termIds[i]!
      const df = frequency[id]!
      if (df < 2 || df === total) continue
      scored.push([id, (1 + Math.log(counts[i]!)) * Math.log(total / df)])
    }
    scored.sort((a, b) => b[1] - a[1] || a[0] - b[0])
    const kept = scored.slice(0, keep)
    const norm = Math.sqrt(kept.reduce((sum, [, weight]) => sum + weight * weight, 0)) || 1
    return {
      terms: Int32Array.from(kept, ([id]) => id),
      weights: Float64Array.from(kept, ([, weight]) => weight / norm),
    }
  })
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

  // The inverted index as flat arrays: for term t, its postings are at starts[t]..ends[t].
  const termCount = vectors.reduce((most, { terms }) => Math.max(most, ...terms, -1), -1) + 1
  const lists: { doc: number; weight: number }[][] = Array.from({ length: termCount }, () => [])
  for (let doc = 0; doc < vectors.length; doc++) {
    const { terms, weights } = vectors[doc]!
    for (let i = 0; i < terms.length; i++) lists[terms[i]!]!.push({ doc, weight: weights[i]! })
  }
  const starts = new Int32Array(termCount)
  const ends = new Int32Array(termCount)
  const postingDocs: number[] = []
  const postingWeights: number[] = []
  for (let term = 0; term < termCount; term++) {
    const list = lists[term]!
    list.sort((a, b) => b.weight - a.weight || a.doc - b.doc)
    starts[term] = postingDocs.length
    for (const posting of list.slice(0, perTerm)) {
      postingDocs.push(posting.doc)
      postingWeights.push(posting.weight)
    }
    ends[term] = postingDocs.length
  }
  const docsOf = Int32Array.from(postingDocs)
  const weightsOf = Float64Array.from(postingWeights)

  const scores = new Float64Array(documents.length)
  return vectors.map(({ terms, weights }, doc) => {
    const touched: number[] = []
    for (let i = 0; i < terms.length; i++) {
      const term = terms[i]!
      const weight = weights[i]!
      for (let at = starts[term]!; at < ends[term]!; at++) {
        const other = docsOf[at]!
        if (other === doc) continue
        if (scores[other] === 0) touched.push(other)
        scores[other]! += weight * weightsOf[at]!
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
