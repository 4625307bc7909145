// Every document's terms end to end: document d's are ids[starts[d]..starts[d + 1]], with their
// counts, unique within a document. One pair of arrays for the whole collection, so a caller
// that adds terms to each document (add-related.ts, its topics) copies them once into place.
export type TermCorpus = { starts: Uint32Array; ids: Uint32Array; counts: Uint32Array }

// The documents' kept terms by rank (below), best first, and their weights: document d's are at
// d * keep .. d * keep + sizes[d].
export type Weighted = { keep: number; sizes: Int32Array; terms: Int32Array; weights: Float64Array }

// Two readings: the first ranks every term by where it first comes (in the first document that
// has it, at its place there) and counts the documents that have it; the second weighs each
// document's terms and keeps the most distinctive, best first, ties to the lower rank, without
// sorting all of them. Ranking by first appearance, not by the table's ids, makes the answer
// depend on the collection alone, never on which words an earlier run numbered first.
export function weigh({ starts, ids, counts }: TermCorpus, keep: number): Weighted {
  const total = starts.length - 1
  let tableSize = 0
  for (let at = 0; at < ids.length; at++) if (ids[at]! >= tableSize) tableSize = ids[at]! + 1
  const rankOf = new Int32Array(tableSize).fill(-1)
  const frequency = new Int32Array(tableSize)
  let ranked = 0
  for (let at = 0; at < ids.length; at++) {
    const id = ids[at]!
    if (rankOf[id] === -1) rankOf[id] = ranked++
    frequency[id]! += 1
  }
  // A term only this article has links it to nothing; a term every article has says nothing:
  // both weigh 0, which no other term can (the logarithm is of more than 1).
  const inverse = new Float64Array(tableSize)
  for (let id = 0; id < tableSize; id++) {
    const df = frequency[id]!
    inverse[id] = df < 2 || df === total ? 0 : Math.log(total / df)
  }
  // Most counts are small: their logarithms once, not once per term of every document.
  const logs = new Float64Array(256)
  for (let count = 1; count < logs.length; count++) logs[count] = 1 + Math.log(count)

  const sizes = new Int32Array(total)
  const terms = new Int32Array(total * keep)
  const weights = new Float64Array(total * keep)
  for (let doc = 0; doc < total; doc++) {
    const first = doc * keep
    let size = 0
    for (let at = starts[doc]!, end = starts[doc + 1]!; at < end; at++) {
      const id = ids[at]!
      const inverseOf = inverse[id]!
      if (inverseOf === 0) continue
      const rank = rankOf[id]!
      const count = counts[at]!
      const weight = (count < logs.length ? logs[count]! : 1 + Math.log(count)) * inverseOf
      if (size === keep) {
        const last = first + keep - 1
        if (!(weight > weights[last]! || (weight === weights[last] && rank < terms[last]!)))
          continue
      }
      let place = first + (size === keep ? keep - 1 : size++)
      while (place > first) {
        const before = place - 1
        if (!(weight > weights[before]! || (weight === weights[before] && rank < terms[before]!)))
          break
        weights[place] = weights[before]!
        terms[place] = terms[before]!
        place = before
      }
      weights[place] = weight
      terms[place] = rank
    }
    let sum = 0
    for (let at = first; at < first + size; at++) sum += weights[at]! * weights[at]!
    const norm = Math.sqrt(sum) || 1
    for (let at = first; at < first + size; at++) weights[at] = weights[at]! / norm
    sizes[doc] = size
  }
  return { keep, sizes, terms, weights }
}
