// Every document's terms end to end: document d's are ids[starts[d]..starts[d + 1]], with their
// counts, unique within a document. One pair of arrays for the whole collection, so a caller
// that adds terms to each document (add-related.ts, its topics) copies them once into place.
export type TermCorpus = { starts: Uint32Array; ids: Uint32Array; counts: Uint32Array }

// The documents' kept terms (their ids), best first, and their weights: document d's are at
// d * keep .. d * keep + sizes[d].
export type Weighted = { keep: number; sizes: Int32Array; terms: Int32Array; weights: Float64Array }

// How many documents have each term, by id.
export function frequencies({ ids }: TermCorpus, size = tableSizeOf(ids)): Int32Array {
  const frequency = new Int32Array(size)
  for (let at = 0; at < ids.length; at++) frequency[ids[at]!]! += 1
  return frequency
}

export function tableSizeOf(ids: Uint32Array): number {
  let size = 0
  for (let at = 0; at < ids.length; at++) if (ids[at]! >= size) size = ids[at]! + 1
  return size
}

// A term only one article has links it to nothing; a term every article has says nothing: both
// weigh 0, which no other term can (the logarithm is of more than 1). Otherwise a term's
// frequency counts by the power of two below it (2-3, 4-7, 8-15...), so an edit that gives a
// term to one more article, or takes it from one, seldom changes its weight anywhere else (for
// a term in n articles, about once in n edits): then only the edited articles are weighed
// again (update-related.ts). Related reading loses little by it: a term's weight is its
// distinctiveness to within a factor of two in frequency, about 0.7 on a scale that runs to 11
// at 100,000 articles.
export function inverseOf(frequency: number, total: number): number {
  if (frequency < 2 || frequency === total) return 0
  return Math.log(total / 2 ** (31 - Math.clz32(frequency)))
}

export function inverseOfEach(frequency: Int32Array, total: number): Float64Array {
  const inverse = new Float64Array(frequency.length)
  for (let id = 0; id < frequency.length; id++) inverse[id] = inverseOf(frequency[id]!, total)
  return inverse
}

// Weighs each document's terms and keeps the most distinctive, best first, without sorting
// all of them. Ties go to the term first in `order` (term-order.ts), so the answer depends on
// the collection's words alone.
export function weigh(
  corpus: TermCorpus,
  keep: number,
  order: Float64Array,
  frequency = frequencies(corpus),
): Weighted {
  const total = corpus.starts.length - 1
  const inverse = inverseOfEach(frequency, total)
  const sizes = new Int32Array(total)
  const terms = new Int32Array(total * keep)
  const weights = new Float64Array(total * keep)
  const kept = { keep, sizes, terms, weights }
  for (let doc = 0; doc < total; doc++) weighOne(corpus, doc, doc, inverse, order, kept)
  return kept
}

// Most counts are small: their logarithms once, not once per term of every document.
const logs = new Float64Array(256)
for (let count = 1; count < logs.length; count++) logs[count] = 1 + Math.log(count)

/**
 * Document `doc` of `corpus` weighed into place `slot` of `kept`: its best `keep` terms by
 * TF-IDF, best first, normalised to length 1. The whole build and an edit's update both weigh
 * through here, so an article weighs the same either way to the last bit.
 */
export function weighOne(
  { starts, ids, counts }: TermCorpus,
  doc: number,
  slot: number,
  inverse: Float64Array,
  order: Float64Array,
  { keep, sizes, terms, weights }: Weighted,
): void {
  const first = slot * keep
  let size = 0
  for (let at = starts[doc]!, end = starts[doc + 1]!; at < end; at++) {
    const id = ids[at]!
    const inverseOf = inverse[id]!
    if (inverseOf === 0) continue
    const count = counts[at]!
    const weight = (count < logs.length ? logs[count]! : 1 + Math.log(count)) * inverseOf
    if (size === keep && !ahead(weights, terms, order, weight, id, first + keep - 1)) continue
    let place = first + (size === keep ? keep - 1 : size++)
    while (place > first && ahead(weights, terms, order, weight, id, place - 1)) {
      weights[place] = weights[place - 1]!
      terms[place] = terms[place - 1]!
      place--
    }
    weights[place] = weight
    terms[place] = id
  }
  let sum = 0
  for (let at = first; at < first + size; at++) sum += weights[at]! * weights[at]!
  const norm = Math.sqrt(sum) || 1
  for (let at = first; at < first + size; at++) weights[at] = weights[at]! / norm
  sizes[slot] = size
}

// Whether a term of this weight goes before the one kept at `at`.
function ahead(
  weights: Float64Array,
  terms: Int32Array,
  order: Float64Array,
  weight: number,
  term: number,
  at: number,
): boolean {
  const other = weights[at]!
  if (weight !== other) return weight > other
  const mine = order[term]!
  const theirs = order[terms[at]!]!
  return mine < theirs || (mine === theirs && term < terms[at]!)
}
