/**
 * TextRank: PageRank over the sentences, each linked to every other by their similarity, so a
 * sentence ranks high when it is like sentences that themselves rank high. `similarity` is the
 * n-by-n matrix in row order; the diagonal is ignored. Scores sum to 1.
 */
export function textRank(
  similarity: Float64Array,
  n: number,
  { damping = 0.85, iterations = 100, tolerance = 1e-4 } = {},
): Float64Array {
  const outWeight = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    let out = 0
    for (let j = 0; j < n; j++) if (i !== j) out += similarity[i * n + j] ?? 0
    outWeight[i] = out
  }
  let scores = new Float64Array(n).fill(1 / n)
  let next = new Float64Array(n)
  for (let round = 0; round < iterations; round++) {
    // A sentence like no other spreads its rank evenly, as PageRank does for a page without links.
    let dangling = 0
    for (let i = 0; i < n; i++) if (outWeight[i] === 0) dangling += scores[i] ?? 0
    next.fill((1 - damping + damping * dangling) / n)
    for (let i = 0; i < n; i++) {
      const out = outWeight[i] ?? 0
      if (out === 0) continue
      const share = (damping * (scores[i] ?? 0)) / out
      for (let j = 0; j < n; j++) {
        if (i !== j) next[j] = (next[j] ?? 0) + share * (similarity[i * n + j] ?? 0)
      }
    }
    let change = 0
    for (let i = 0; i < n; i++) change += Math.abs((next[i] ?? 0) - (scores[i] ?? 0))
    ;[scores, next] = [next, scores]
    if (change < tolerance) break
  }
  return scores
}
