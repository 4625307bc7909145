import { updatePostings } from './update-postings.ts'
import {
  scoreDocument,
  startScoring,
  type Postings,
  type RelatedLists,
  type Relatedness,
} from './related-reading.ts'
import type { TermIds } from './term-table.ts'
import { inverseOf, inverseOfEach, weighOne, type Weighted } from './weigh-terms.ts'

// One document whose terms changed since the run that worked out `previous`: its place in the
// collection and its terms then and now.
export type TermChange = { doc: number; before: TermIds; after: TermIds }

// Beyond this share of the collection edited at once, working it all out again is as quick.
const MOST_CHANGED = 0.02

/**
 * Related reading after a few documents' terms changed, worked out from the last run's
 * (related-reading.ts) rather than from nothing, and the same to the last bit as working it
 * out from nothing would give. The documents are the same ones in the same places as in
 * `previous`. When it cannot be done, why: too many documents changed, or an edit changed how
 * much a term weighs (inverseOf), which re-weighs every document that has the term; the caller
 * then works it all out.
 *
 * Only the edited documents are weighed again. A term's postings change only where an edited
 * document was or is among those that weigh it most; a document's related reading changes only
 * if it keeps such a term. Of those, one whose related documents are all unchanged in those
 * postings needs only its scores against the changed postings, merged into its list; any other
 * is scored again in full.
 */
export function updateRelated(
  previous: Relatedness,
  changes: readonly TermChange[],
  order: Float64Array,
): Relatedness | { why: string } {
  const { options } = previous
  const total = previous.kept.sizes.length
  if (changes.length > Math.max(1, total * MOST_CHANGED)) {
    return { why: 'more than 2% of the articles changed' }
  }
  const frequency = changedFrequency(previous.frequency, changes, order.length)
  for (const { before, after } of changes) {
    for (const ids of [before.ids, after.ids]) {
      for (const id of ids) {
        if (inverseOf(previous.frequency[id] ?? 0, total) !== inverseOf(frequency[id]!, total)) {
          return { why: 'an edit changed how much a word weighs in other articles' }
        }
      }
    }
  }

  const inverse = inverseOfEach(frequency, total)
  const kept: Weighted = {
    keep: previous.kept.keep,
    sizes: previous.kept.sizes.slice(),
    terms: previous.kept.terms.slice(),
    weights: previous.kept.weights.slice(),
  }
  const termCount = order.length
  const touched = new Uint8Array(termCount)
  const edited = new Uint8Array(total)
  for (const { doc, after } of changes) {
    edited[doc] = 1
    markKept(previous.kept, doc, touched)
    const one = {
      starts: Uint32Array.of(0, after.ids.length),
      ids: after.ids,
      counts: after.counts,
    }
    weighOne(one, 0, doc, inverse, order, kept)
    markKept(kept, doc, touched)
  }

  const { postings, dirty, changedDocs } = updatePostings(
    previous.postings,
    kept,
    touched,
    options.postings,
  )
  const related: RelatedLists = {
    sizes: previous.related.sizes.slice(),
    docs: previous.related.docs.slice(),
  }
  const scorer = startScoring(total, options.count)
  const seen = new Int32Array(total).fill(-1)
  const candidates: number[] = []
  for (let doc = 0; doc < total; doc++) {
    if (edited[doc]) {
      scoreDocument(doc, kept, postings, scorer, related)
      continue
    }
    // The documents whose postings changed under this document's kept terms.
    candidates.length = 0
    for (let i = doc * kept.keep, last = i + kept.sizes[doc]!; i < last; i++) {
      const term = kept.terms[i]!
      if (!dirty[term]) continue
      for (const other of changedDocs.get(term)!) {
        if (other !== doc && seen[other] !== doc) {
          seen[other] = doc
          candidates.push(other)
        }
      }
    }
    if (!candidates.length) continue
    const from = doc * options.count
    const listed = related.docs.subarray(from, from + related.sizes[doc]!)
    if (listed.some((other) => seen[other] === doc)) {
      scoreDocument(doc, kept, postings, scorer, related)
    } else {
      mergeScores(doc, kept, postings, [...listed, ...candidates], related, options.count)
    }
  }
  return { options, frequency, kept, postings, related }
}

function changedFrequency(
  previous: Int32Array,
  changes: readonly TermChange[],
  size: number,
): Int32Array {
  const frequency = new Int32Array(Math.max(size, previous.length))
  frequency.set(previous)
  for (const { before, after } of changes) {
    for (const id of before.ids) frequency[id]! -= 1
    for (const id of after.ids) frequency[id]! += 1
  }
  return frequency
}

function markKept({ keep, sizes, terms }: Weighted, doc: number, marks: Uint8Array): void {
  for (let i = doc * keep, last = i + sizes[doc]!; i < last; i++) marks[terms[i]!] = 1
}

// Where `doc` at `term` is in the postings, or -1: the list is in document order.
function postingOf({ starts, docs }: Postings, term: number, doc: number): number {
  let low = starts[term]!
  let high = starts[term + 1]! - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const found = docs[middle]!
    if (found === doc) return middle
    if (found < doc) low = middle + 1
    else high = middle - 1
  }
  return -1
}

// `doc`'s related documents from its listed ones (whose scores did not change) and the
// candidates whose postings did: each scored alone, summed in the order scoreDocument sums.
function mergeScores(
  doc: number,
  { keep, sizes, terms, weights }: Weighted,
  postings: Postings,
  candidates: readonly number[],
  related: RelatedLists,
  count: number,
): void {
  const scored: { other: number; score: number }[] = []
  for (const other of candidates) {
    let score = 0
    for (let i = doc * keep, last = i + sizes[doc]!; i < last; i++) {
      const at = postingOf(postings, terms[i]!, other)
      if (at !== -1) score = score + weights[i]! * postings.weights[at]!
    }
    if (score > 0) scored.push({ other, score })
  }
  scored.sort((a, b) => b.score - a.score || a.other - b.other)
  const best = scored.slice(0, count)
  related.docs.set(
    best.map(({ other }) => other),
    doc * count,
  )
  related.sizes[doc] = best.length
}
