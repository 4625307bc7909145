import { cutPostings, type Postings } from './related-reading.ts'
import type { Weighted } from './weigh-terms.ts'

// For an edit's update of related reading (update-related.ts): the touched terms' postings made
// again from every document's kept terms, cut as the whole run cuts them. A term whose postings
// differ is dirty, with the documents that came, went or weigh it differently.
export function updatePostings(
  previous: Postings,
  kept: Weighted,
  touched: Uint8Array,
  perTerm: number,
): { postings: Postings; dirty: Uint8Array; changedDocs: Map<number, number[]> } {
  const termCount = touched.length
  const lists = new Map<number, { docs: number[]; weights: number[] }>()
  for (let term = 0; term < termCount; term++) {
    if (touched[term]) lists.set(term, { docs: [], weights: [] })
  }
  const { keep, sizes, terms, weights } = kept
  for (let doc = 0; doc < sizes.length; doc++) {
    for (let i = doc * keep, last = i + sizes[doc]!; i < last; i++) {
      if (!touched[terms[i]!]) continue
      const list = lists.get(terms[i]!)!
      list.docs.push(doc)
      list.weights.push(weights[i]!)
    }
  }
  const dirty = new Uint8Array(termCount)
  const changedDocs = new Map<number, number[]>()
  const fresh = new Map<number, { docs: Int32Array; weights: Float64Array }>()
  const scratch = { sorted: new Float64Array(0) }
  const lastTerm = previous.starts.length - 1
  for (const [term, list] of lists) {
    const docs = Int32Array.from(list.docs)
    const docWeights = Float64Array.from(list.weights)
    const length = cutPostings(docs, docWeights, 0, docs.length, perTerm, scratch)
    const now = { docs: docs.subarray(0, length), weights: docWeights.subarray(0, length) }
    const from = term < lastTerm ? previous.starts[term]! : 0
    const to = term < lastTerm ? previous.starts[term + 1]! : 0
    const before = {
      docs: previous.docs.subarray(from, to),
      weights: previous.weights.subarray(from, to),
    }
    const differ = differingDocs(before, now)
    if (!differ.length) continue
    dirty[term] = 1
    changedDocs.set(term, differ)
    fresh.set(term, now)
  }
  if (!fresh.size && termCount <= lastTerm) return { postings: previous, dirty, changedDocs }
  return { postings: packPostings(previous, fresh, termCount), dirty, changedDocs }
}

type List = { docs: Int32Array; weights: Float64Array }

// The documents in either list, both in document order, that are not in both with one weight.
function differingDocs(before: List, now: List): number[] {
  const differ: number[] = []
  let a = 0
  let b = 0
  while (a < before.docs.length || b < now.docs.length) {
    const x = a < before.docs.length ? before.docs[a]! : Infinity
    const y = b < now.docs.length ? now.docs[b]! : Infinity
    if (x === y) {
      if (before.weights[a] !== now.weights[b]) differ.push(x)
      a++
      b++
    } else if (x < y) {
      differ.push(x)
      a++
    } else {
      differ.push(y)
      b++
    }
  }
  return differ
}

// The previous postings with the changed terms' lists in their places.
function packPostings(previous: Postings, fresh: Map<number, List>, termCount: number): Postings {
  const lastTerm = previous.starts.length - 1
  const listOf = (term: number): List => {
    const list = fresh.get(term)
    if (list) return list
    if (term >= lastTerm) return { docs: new Int32Array(0), weights: new Float64Array(0) }
    const from = previous.starts[term]!
    const to = previous.starts[term + 1]!
    return { docs: previous.docs.subarray(from, to), weights: previous.weights.subarray(from, to) }
  }
  const starts = new Int32Array(termCount + 1)
  for (let term = 0; term < termCount; term++) {
    starts[term + 1] = starts[term]! + listOf(term).docs.length
  }
  const docs = new Int32Array(starts[termCount]!)
  const weights = new Float64Array(starts[termCount]!)
  for (let term = 0; term < termCount; term++) {
    const list = listOf(term)
    docs.set(list.docs, starts[term])
    weights.set(list.weights, starts[term])
  }
  return { starts, docs, weights }
}
