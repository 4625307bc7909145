import type { TermIds } from './term-table.ts'
import { weigh, type TermCorpus } from './weigh-terms.ts'

export type { TermCorpus } from './weigh-terms.ts'

// "More like this" across the whole collection, at build time. Each article is weighed by
// TF-IDF over the summariser's tokens and keeps only its most distinctive terms; an inverted
// index from term to the articles that weigh it most then finds the candidates, so the work is
// articles × kept terms × postings per term: linear in the number of articles, never pairwise.
//
// At 100,000 articles that is some 400 million multiply-adds, so everything here is flat typed
// arrays made once per run, never an array or a closure per article: the garbage of 100,000
// small arrays cost as much as the arithmetic.

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
  options: RelatedOptions = {},
): number[][] {
  const { terms: keep = 32, postings: perTerm = 128, count = 5 } = options
  const corpus = 'starts' in documents ? documents : corpusOf(documents)
  const total = corpus.starts.length - 1
  const { sizes, terms, weights } = weigh(corpus, keep)
  const { starts, ends, docs, docWeights } = invertedIndex(sizes, terms, weights, keep, perTerm)

  // A document's score against every other, accumulated term by term in the order of its kept
  // terms (so each sum is the same however the postings are laid out), and the documents it
  // touched, to clear after.
  const scores = new Float64Array(total)
  const touched = new Int32Array(total)
  const best = new Int32Array(count)
  const related: number[][] = new Array(total)
  for (let doc = 0; doc < total; doc++) {
    let reached = 0
    for (let i = doc * keep, last = i + sizes[doc]!; i < last; i++) {
      const term = terms[i]!
      const weight = weights[i]!
      for (let at = starts[term]!, end = ends[term]!; at < end; at++) {
        const other = docs[at]!
        if (other === doc) continue
        const score = scores[other]!
        if (score === 0) touched[reached++] = other
        scores[other] = score + weight * docWeights[at]!
      }
    }
    // The `count` best, best first, ties to the earlier document: a short insertion list rather
    // than a sort of every candidate.
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
    related[doc] = Array.from(best.subarray(0, size))
    for (let at = 0; at < reached; at++) scores[touched[at]!] = 0
  }
  return related
}

// The inverted index as flat arrays: for term t, its postings are at starts[t]..ends[t], the
// `perTerm` documents that weigh it most (ties to the earlier document), in document order.
// Filled in document order by counting first, so no list of objects is made per posting.
function invertedIndex(
  sizes: Int32Array,
  terms: Int32Array,
  weights: Float64Array,
  keep: number,
  perTerm: number,
) {
  let termCount = 0
  for (let doc = 0; doc < sizes.length; doc++) {
    for (let i = doc * keep, last = i + sizes[doc]!; i < last; i++) {
      if (terms[i]! >= termCount) termCount = terms[i]! + 1
    }
  }
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
  // A long list keeps the postings above the `perTerm`-th heaviest weight, and of those that
  // weigh exactly that, the earliest documents: the list is in document order, so the first.
  const ends = new Int32Array(termCount)
  let sorted = new Float64Array(0)
  for (let term = 0; term < termCount; term++) {
    const from = starts[term]!
    const length = starts[term + 1]! - from
    if (length <= perTerm) {
      ends[term] = from + length
      continue
    }
    if (sorted.length < length) sorted = new Float64Array(length)
    const heaviest = sorted.subarray(0, length)
    heaviest.set(docWeights.subarray(from, from + length))
    heaviest.sort()
    const threshold = heaviest[length - perTerm]!
    let above = 0
    for (let at = length - perTerm; at < length; at++) if (heaviest[at]! > threshold) above++
    let equal = perTerm - above
    let kept = from
    for (let at = from; at < from + length; at++) {
      const weight = docWeights[at]!
      if (weight > threshold || (weight === threshold && equal-- > 0)) {
        docs[kept] = docs[at]!
        docWeights[kept++] = weight
      }
    }
    ends[term] = kept
  }
  return { starts, ends, docs, docWeights }
}
