// A sentence as a sparse vector: term ids in increasing order and their weights, scaled to unit
// length so that a dot product is the cosine.
export type SparseVector = { terms: Int32Array; weights: Float64Array }

export type TfIdf = {
  vectors: SparseVector[]
  /** Weighs other text (a title) by the same vocabulary; words the documents lack count for nothing. */
  vectorise: (tokens: readonly string[]) => SparseVector
}

// Ids with repeats become distinct ids, in increasing order, with counts.
function countIds(ids: Int32Array): { terms: Int32Array; counts: Int32Array } {
  ids.sort()
  const terms = new Int32Array(ids.length)
  const counts = new Int32Array(ids.length)
  let distinct = 0
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] ?? 0
    if (distinct > 0 && terms[distinct - 1] === id) {
      counts[distinct - 1] = (counts[distinct - 1] ?? 0) + 1
    } else {
      terms[distinct] = id
      counts[distinct] = 1
      distinct++
    }
  }
  return { terms: terms.subarray(0, distinct), counts: counts.subarray(0, distinct) }
}

function toVector(terms: Int32Array, counts: Int32Array, idf: Float64Array): SparseVector {
  const weights = new Float64Array(terms.length)
  let norm = 0
  for (let i = 0; i < terms.length; i++) {
    const weight = (counts[i] ?? 0) * (idf[terms[i] ?? 0] ?? 0)
    weights[i] = weight
    norm += weight * weight
  }
  if (norm > 0) {
    const scale = 1 / Math.sqrt(norm)
    for (let i = 0; i < weights.length; i++) weights[i] = (weights[i] ?? 0) * scale
  }
  return { terms, weights }
}

/**
 * TF-IDF vectors for a small collection of documents, the sentences of one article. The
 * inverse document frequency comes from the article itself, so a word every sentence repeats
 * says little about any one of them; it is smoothed so that no weight reaches zero.
 */
export function tfIdf(documents: readonly (readonly string[])[]): TfIdf {
  const ids = new Map<string, number>()
  const counted = documents.map((tokens) => {
    const found = new Int32Array(tokens.length)
    tokens.forEach((token, i) => {
      let id = ids.get(token)
      if (id === undefined) {
        id = ids.size
        ids.set(token, id)
      }
      found[i] = id
    })
    return countIds(found)
  })
  const frequency = new Float64Array(ids.size)
  for (const { terms } of counted) for (const id of terms) frequency[id] = (frequency[id] ?? 0) + 1
  const idf = frequency.map((df) => Math.log((1 + documents.length) / (1 + df)) + 1)
  return {
    vectors: counted.map(({ terms, counts }) => toVector(terms, counts, idf)),
    vectorise: (tokens) => {
      const known = tokens.flatMap((token) => ids.get(token) ?? [])
      const { terms, counts } = countIds(Int32Array.from(known))
      return toVector(terms, counts, idf)
    },
  }
}

/** The cosine of two unit vectors; 0 when either is empty. */
export function cosine(a: SparseVector, b: SparseVector): number {
  let sum = 0
  let i = 0
  let j = 0
  while (i < a.terms.length && j < b.terms.length) {
    const x = a.terms[i] ?? 0
    const y = b.terms[j] ?? 0
    if (x === y) sum += (a.weights[i++] ?? 0) * (b.weights[j++] ?? 0)
    else if (x < y) i++
    else j++
  }
  return sum
}
