import type { TermIds, TermTable } from './term-table.ts'
import { termOrder } from './term-order.ts'
import { frequencies, weigh, type TermCorpus, type Weighted } from './weigh-terms.ts'

export type { TermCorpus } from './weigh-terms.ts'

// "More like this" across the whole collection, at build time. Each article is weighed by
// TF-IDF over the summariser's tokens and keeps only its most distinctive terms; an inverted
// index from term to the articles that weigh it most then finds the candidates, so the work is
// articles × kept terms × postings per term: linear in the number of articles, never pairwise.
//
// At 100,000 articles that is some 400 million multiply-adds, so everything here is flat typed
// arrays made once per run, never an array or a closure per article: the garbage of 100,000
// small arrays cost as much as the arithmetic. What a run works out is kept whole
// (`Relatedness`), so the next run can update it for an edit (update-related.ts) rather than
// work it all out again.

// Each document's distinct terms as numbers (term-table.ts), with their counts.
export type SimilarityInput = TermIds

export type RelatedOptions = {
  /** Distinctive terms kept per article. */
  terms: number
  /** Articles kept per term, the ones that weigh it most. */
  postings: number
  /** Related articles per article. */
  count: number
}
export const defaultRelatedOptions: RelatedOptions = { terms: 32, postings: 128, count: 5 }

// The inverted index by term id: term t's postings are docs[starts[t]..starts[t + 1]], the
// documents that weigh it most, in document order, with their weights.
export type Postings = { starts: Int32Array; docs: Int32Array; weights: Float64Array }

// Each document's related documents, best first: document d's are docs[d * count ..] (sizes[d]).
export type RelatedLists = { sizes: Int32Array; docs: Int32Array }

export type Relatedness = {
  options: RelatedOptions
  frequency: Int32Array
  kept: Weighted
  postings: Postings
  related: RelatedLists
}

export function corpusOf(documents: readonly SimilarityInput[]): TermCorpus {
  const starts = new Uint32Array(documents.length + 1)
  documents.forEach(({ ids }, doc) => (starts[doc + 1] = starts[doc]! + ids.length))
  const ids = new Uint32Array(starts[documents.length]!)
  const counts = new Uint32Array(ids.length)
  documents.forEach((terms, doc) => {
    ids.set(terms.ids, starts[doc])
    counts.set(terms.counts, starts[doc])
  })
  return { starts, ids, counts }
}

/**
 * For each document, the indices of the most similar others, best first; ties go to the
 * earlier document, so the same collection always gives the same answer. Never the document
 * itself, and never one that shares no distinctive term with it.
 */
export function similarDocuments(
  documents: readonly SimilarityInput[] | TermCorpus,
  table: TermTable,
  options: Partial<RelatedOptions> = {},
): number[][] {
  const corpus = 'starts' in documents ? documents : corpusOf(documents)
  return listsOf(relate(corpus, termOrder(table), { ...defaultRelatedOptions, ...options }))
}

export function listsOf({ options, related }: Relatedness): number[][] {
  return Array.from(related.sizes, (size, doc) =>
    Array.from(related.docs.subarray(doc * options.count, doc * options.count + size)),
  )
}

// The whole collection worked out from nothing.
export function relate(
  corpus: TermCorpus,
  order: Float64Array,
  options: RelatedOptions,
): Relatedness {
  const frequency = frequencies(corpus, order.length)
  const kept = weigh(corpus, options.terms, order, frequency)
  const postings = invertedIndex(kept, order.length, options.postings)
  const total = kept.sizes.length
  const related = { sizes: new Int32Array(total), docs: new Int32Array(total * options.count) }
  const scorer = startScoring(total, options.count)
  for (let doc = 0; doc < total; doc++) scoreDocument(doc, kept, postings, scorer, related)
  return { options, frequency, kept, postings, related }
}

// Scratch space for scoring, made once per run: a score against every document, the documents
// touched (to clear after), and the best few so far.
export type Scorer = { scores: Float64Array; touched: Int32Array; best: Int32Array }
export const startScoring = (total: number, count: number): Scorer => ({
  scores: new Float64Array(total),
  touched: new Int32Array(total),
  best: new Int32Array(count),
})

/**
 * Document `doc`'s related documents into `related`. Its score against every other is
 * accumulated term by term in the order of its kept terms, so each sum is the same however the
 * postings are laid out (update-related.ts adds up single scores in the same order); the best
 * `count`, best first, ties to the earlier document, by a short insertion list rather than a
 * sort of every candidate.
 */
export function scoreDocument(
  doc: number,
  { keep, sizes, terms, weights }: Weighted,
  postings: Postings,
  { scores, touched, best }: Scorer,
  related: RelatedLists,
): void {
  const count = best.length
  let reached = 0
  for (let i = doc * keep, last = i + sizes[doc]!; i < last; i++) {
    const term = terms[i]!
    const weight = weights[i]!
    for (let at = postings.starts[term]!, end = postings.starts[term + 1]!; at < end; at++) {
      const other = postings.docs[at]!
      if (other === doc) continue
      const score = scores[other]!
      if (score === 0) touched[reached++] = other
      scores[other] = score + weight * postings.weights[at]!
    }
  }
  let size = 0
  for (let at = 0; at < reached; at++) {
    const candidate = touched[at]!
    const score = scores[candidate]!
    if (size === count) {
      const worst = best[count - 1]!
      if (!(score > scores[worst]! || (score === scores[worst] && candidate < worst))) continue
    }
    let place = size === count ? count - 1 : size++
    while (place > 0) {
      const ahead = best[place - 1]!
      if (!(score > scores[ahead]! || (score === scores[ahead] && candidate < ahead))) break
      best[place] = ahead
      place--
    }
    best[place] = candidate
  }
  related.docs.set(best.subarray(0, size), doc * count)
  related.sizes[doc] = size
  for (let at = 0; at < reached; at++) scores[touched[at]!] = 0
}

// The inverted index, filled in document order by counting first, so no list of objects is
// made per posting; then each long list cut to its heaviest (cutPostings) and packed.
function invertedIndex(
  { keep, sizes, terms, weights }: Weighted,
  termCount: number,
  perTerm: number,
): Postings {
  const starts = new Int32Array(termCount + 1)
  for (let doc = 0; doc < sizes.length; doc++) {
    for (let i = doc * keep, last = i + sizes[doc]!; i < last; i++) starts[terms[i]! + 1]! += 1
  }
  for (let term = 0; term < termCount; term++) starts[term + 1]! += starts[term]!
  const docs = new Int32Array(starts[termCount]!)
  const docWeights = new Float64Array(starts[termCount]!)
  const cursor = starts.slice(0, termCount)
  for (let doc = 0; doc < sizes.length; doc++) {
    for (let i = doc * keep, last = i + sizes[doc]!; i < last; i++) {
      const at = cursor[terms[i]!]!++
      docs[at] = doc
      docWeights[at] = weights[i]!
    }
  }
  const scratch = { sorted: new Float64Array(0) }
  const packed = new Int32Array(termCount + 1)
  for (let term = 0; term < termCount; term++) {
    const from = starts[term]!
    const length = cutPostings(docs, docWeights, from, starts[term + 1]! - from, perTerm, scratch)
    docs.copyWithin(packed[term]!, from, from + length)
    docWeights.copyWithin(packed[term]!, from, from + length)
    packed[term + 1] = packed[term]! + length
  }
  const size = packed[termCount]!
  // Views rather than copies: the whole arrays stay alive with them, and no second copy is made.
  return { starts: packed, docs: docs.subarray(0, size), weights: docWeights.subarray(0, size) }
}

/**
 * Cuts one term's postings, at `from` in document order, to the `perTerm` that weigh it most,
 * in place: those above the `perTerm`-th heaviest weight, and of those that weigh exactly that,
 * the earliest documents. Gives how many are kept.
 */
export function cutPostings(
  docs: Int32Array,
  weights: Float64Array,
  from: number,
  length: number,
  perTerm: number,
  scratch: { sorted: Float64Array },
): number {
  if (length <= perTerm) return length
  if (scratch.sorted.length < length) scratch.sorted = new Float64Array(length)
  const heaviest = scratch.sorted.subarray(0, length)
  heaviest.set(weights.subarray(from, from + length))
  heaviest.sort()
  const threshold = heaviest[length - perTerm]!
  let above = 0
  for (let at = length - perTerm; at < length; at++) if (heaviest[at]! > threshold) above++
  let equal = perTerm - above
  let kept = from
  for (let at = from; at < from + length; at++) {
    const weight = weights[at]!
    if (weight > threshold || (weight === threshold && equal-- > 0)) {
      docs[kept] = docs[at]!
      weights[kept++] = weight
    }
  }
  return kept - from
}
