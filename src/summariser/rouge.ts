import { stemmer } from 'stemmer'

// ROUGE as Google's rouge-score computes it (rouge_scorer.py, tokenize.py), so that figures here
// can be set beside published ones. One known difference: rouge-score stems with NLTK's Porter
// stemmer, which adds a few extensions to Porter's original algorithm (the one `stemmer`
// implements), so a handful of rare words ("dying", "generously") stem differently.

export type Score = { precision: number; recall: number; f1: number }

export type RougeScores = { rouge1: Score; rouge2: Score; rougeL: Score; rougeLsum: Score }

const stems = new Map<string, string>()

/**
 * rouge-score's tokeniser: lower case, every run of characters other than a-z and 0-9 becomes a
 * space, and words longer than three characters are Porter-stemmed.
 */
export function rougeTokens(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .split(/\s+/)
    .filter((token) => token.length > 0)
    .map((token) => {
      if (token.length <= 3) return token
      let stem = stems.get(token)
      if (stem === undefined) {
        stem = stemmer(token)
        stems.set(token, stem)
      }
      return stem
    })
}

function score(overlap: number, candidateCount: number, referenceCount: number): Score {
  const precision = candidateCount > 0 ? overlap / candidateCount : 0
  const recall = referenceCount > 0 ? overlap / referenceCount : 0
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0
  return { precision, recall, f1 }
}

function ngramCounts(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>()
  for (let i = 0; i + n <= tokens.length; i++) {
    const gram = tokens.slice(i, i + n).join(' ')
    counts.set(gram, (counts.get(gram) ?? 0) + 1)
  }
  return counts
}

/** ROUGE-N: clipped n-gram overlap. */
export function rougeN(
  reference: readonly string[],
  candidate: readonly string[],
  n: number,
): Score {
  const referenceGrams = ngramCounts(reference, n)
  const candidateGrams = ngramCounts(candidate, n)
  let overlap = 0
  for (const [gram, count] of referenceGrams)
    overlap += Math.min(count, candidateGrams.get(gram) ?? 0)
  const total = (counts: Map<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0)
  return score(overlap, total(candidateGrams), total(referenceGrams))
}

function lcsTable(a: readonly string[], b: readonly string[]): number[][] {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0))
  for (let i = 1; i <= a.length; i++) {
    const row = table[i] ?? []
    const above = table[i - 1] ?? []
    for (let j = 1; j <= b.length; j++) {
      row[j] =
        a[i - 1] === b[j - 1] ? (above[j - 1] ?? 0) + 1 : Math.max(above[j] ?? 0, row[j - 1] ?? 0)
    }
  }
  return table
}

/** ROUGE-L: the longest common subsequence of the two texts as single token sequences. */
export function rougeL(reference: readonly string[], candidate: readonly string[]): Score {
  if (reference.length === 0 || candidate.length === 0) return score(0, 0, 0)
  const lcs = lcsTable(reference, candidate)[reference.length]?.[candidate.length] ?? 0
  return score(lcs, candidate.length, reference.length)
}

// The positions in `reference` of one longest common subsequence with `candidate`, found by
// walking the table back as rouge-score does, so ties resolve the same way.
function lcsPositions(reference: readonly string[], candidate: readonly string[]): number[] {
  const table = lcsTable(reference, candidate)
  const positions: number[] = []
  let i = reference.length
  let j = candidate.length
  while (i > 0 && j > 0) {
    if (reference[i - 1] === candidate[j - 1]) {
      positions.push(i - 1)
      i--
      j--
    } else if ((table[i]?.[j - 1] ?? 0) > (table[i - 1]?.[j] ?? 0)) {
      j--
    } else {
      i--
    }
  }
  return positions.reverse()
}

/**
 * ROUGE-Lsum: summary-level LCS. For each reference sentence, the union of its LCS with every
 * candidate sentence counts as hits, each token counted at most as often as it occurs in both
 * texts.
 */
export function rougeLsum(
  referenceSentences: readonly (readonly string[])[],
  candidateSentences: readonly (readonly string[])[],
): Score {
  const m = referenceSentences.reduce((sum, sentence) => sum + sentence.length, 0)
  const n = candidateSentences.reduce((sum, sentence) => sum + sentence.length, 0)
  if (m === 0 || n === 0) return score(0, 0, 0)
  const countTokens = (sentences: readonly (readonly string[])[]) => {
    const counts = new Map<string, number>()
    for (const sentence of sentences)
      for (const token of sentence) counts.set(token, (counts.get(token) ?? 0) + 1)
    return counts
  }
  const referenceLeft = countTokens(referenceSentences)
  const candidateLeft = countTokens(candidateSentences)
  let hits = 0
  for (const reference of referenceSentences) {
    const union = new Set<number>()
    for (const candidate of candidateSentences) {
      for (const position of lcsPositions(reference, candidate)) union.add(position)
    }
    for (const position of [...union].sort((a, b) => a - b)) {
      const token = reference[position] ?? ''
      const inReference = referenceLeft.get(token) ?? 0
      const inCandidate = candidateLeft.get(token) ?? 0
      if (inReference > 0 && inCandidate > 0) {
        hits++
        referenceLeft.set(token, inReference - 1)
        candidateLeft.set(token, inCandidate - 1)
      }
    }
  }
  return score(hits, n, m)
}

// rouge-score reads sentences for ROUGE-Lsum as the lines of the text.
const lines = (text: string) => text.split('\n').filter((line) => line.length > 0)

/** All four measures for one candidate against one reference, sentences one per line. */
export function rouge(reference: string, candidate: string): RougeScores {
  const referenceTokens = rougeTokens(reference)
  const candidateTokens = rougeTokens(candidate)
  return {
    rouge1: rougeN(referenceTokens, candidateTokens, 1),
    rouge2: rougeN(referenceTokens, candidateTokens, 2),
    rougeL: rougeL(referenceTokens, candidateTokens),
    rougeLsum: rougeLsum(lines(reference).map(rougeTokens), lines(candidate).map(rougeTokens)),
  }
}
