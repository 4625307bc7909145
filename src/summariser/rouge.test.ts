// @vitest-environment node
import { expect, test } from 'vitest'
import { rouge, rougeL, rougeLsum, rougeN, rougeTokens } from './rouge.ts'

test('tokenises like rouge-score: lower case, non-alphanumerics to spaces, stems past 3 letters', () => {
  // "The U.S. economy's growth, 3.5%!" lowercased, punctuation to spaces:
  // "the u s economy s growth 3 5"; only "economy" (-> "economi") and "growth" are stemmed.
  expect(rougeTokens("The U.S. economy's growth, 3.5%!")).toEqual([
    'the',
    'u',
    's',
    'economi',
    's',
    'growth',
    '3',
    '5',
  ])
  expect(rougeTokens('Running runners ran')).toEqual(['run', 'runner', 'ran'])
  expect(rougeTokens('Café — naïve')).toEqual(['caf', 'na', 've'])
  expect(rougeTokens('  ')).toEqual([])
})

// Reference "the cat sat on the mat", candidate "the cat lay on the mat"; no word is long enough
// to be stemmed.
const reference = 'the cat sat on the mat'
const candidate = 'the cat lay on the mat'

test('ROUGE-1 counts clipped unigram overlap', () => {
  // Reference: the x2, cat, sat, on, mat (6). Candidate: the x2, cat, lay, on, mat (6).
  // Overlap: min(2,2) + cat + on + mat = 5. P = 5/6, R = 5/6, F = 5/6.
  const score = rougeN(rougeTokens(reference), rougeTokens(candidate), 1)
  expect(score.precision).toBeCloseTo(5 / 6, 10)
  expect(score.recall).toBeCloseTo(5 / 6, 10)
  expect(score.f1).toBeCloseTo(5 / 6, 10)
})

test('ROUGE-2 counts bigram overlap', () => {
  // Reference bigrams: the cat, cat sat, sat on, on the, the mat (5).
  // Candidate bigrams: the cat, cat lay, lay on, on the, the mat (5).
  // Shared: the cat, on the, the mat = 3. P = R = F = 3/5.
  expect(rougeN(rougeTokens(reference), rougeTokens(candidate), 2).f1).toBeCloseTo(0.6, 10)
})

test('ROUGE-1 with different lengths', () => {
  // Reference "police arrested two men" -> police, arrest, two, men (4).
  // Candidate "two men were arrested" -> two, men, were, arrest (4); "were" has 4 letters, stems to "were".
  // Overlap 3: P = 3/4, R = 3/4. Then against the shorter candidate "two men" (2):
  // overlap 2, P = 2/2 = 1, R = 2/4 = 0.5, F = 2 * 1 * 0.5 / 1.5 = 2/3.
  const ref = rougeTokens('police arrested two men')
  expect(rougeN(ref, rougeTokens('two men were arrested'), 1).f1).toBeCloseTo(0.75, 10)
  const short = rougeN(ref, rougeTokens('two men'), 1)
  expect(short.precision).toBe(1)
  expect(short.recall).toBe(0.5)
  expect(short.f1).toBeCloseTo(2 / 3, 10)
})

test('ROUGE-L is the longest common subsequence', () => {
  // LCS of "the cat sat on the mat" and "the cat lay on the mat" is "the cat on the mat" (5).
  // P = R = F = 5/6.
  expect(rougeL(rougeTokens(reference), rougeTokens(candidate)).f1).toBeCloseTo(5 / 6, 10)
})

test('ROUGE-L and ROUGE-Lsum differ when the candidate reorders sentences', () => {
  // Reference: one sentence "the dog ran far". Candidate: two lines, "ran far" then "the dog".
  const scores = rouge('the dog ran far', 'ran far\nthe dog')
  // ROUGE-L sees one sequence, "ran far the dog": the LCS with "the dog ran far" has length 2
  // ("the dog" or "ran far"). P = 2/4, R = 2/4, F = 0.5.
  expect(scores.rougeL.f1).toBeCloseTo(0.5, 10)
  // ROUGE-Lsum takes, for the reference sentence, the union of its LCS with each candidate line:
  // {ran, far} with "ran far" and {the, dog} with "the dog" = all 4 tokens. P = 4/4, R = 4/4.
  expect(scores.rougeLsum.f1).toBeCloseTo(1, 10)
  // Every unigram is shared: F = 1. Bigrams of "ran far the dog" (across the line break, as
  // rouge-score reads the whole text): ran far, far the, the dog; the reference has the dog,
  // dog ran, ran far. Shared 2 of 3: F = 2/3.
  expect(scores.rouge1.f1).toBeCloseTo(1, 10)
  expect(scores.rouge2.f1).toBeCloseTo(2 / 3, 10)
})

test('ROUGE-Lsum counts a token no more often than both texts have it', () => {
  // Reference lines "the cat sat" and "the cat ran" (6 tokens); candidate "the cat" (2).
  // First reference line: union LCS {the, cat}: both hit; the candidate has none left.
  // Second line: union LCS {the, cat} again, but the candidate's "the" and "cat" are used up.
  // Hits = 2. P = 2/2 = 1, R = 2/6, F = 2 * 1 * (1/3) / (4/3) = 0.5.
  const score = rougeLsum(
    [rougeTokens('the cat sat'), rougeTokens('the cat ran')],
    [rougeTokens('the cat')],
  )
  expect(score.precision).toBe(1)
  expect(score.recall).toBeCloseTo(1 / 3, 10)
  expect(score.f1).toBeCloseTo(0.5, 10)
})

test('ROUGE-Lsum over several lines on both sides', () => {
  // Reference lines: "a b c d" and "e f"; candidate lines: "a x c" and "f e d".
  // Line "a b c d": LCS with "a x c" = {a, c}; with "f e d" = {d}; union {a, c, d}: 3 hits.
  // Line "e f": LCS with "a x c" = {}; with "f e d" = one of e or f. The table walk goes back
  // from the end: "f" != "d", then prefers moving in the reference, finds "e" = "e". 1 hit.
  // Hits 4, m = 6, n = 6: P = R = F = 4/6.
  const score = rougeLsum(
    [rougeTokens('a b c d'), rougeTokens('e f')],
    [rougeTokens('a x c'), rougeTokens('f e d')],
  )
  expect(score.f1).toBeCloseTo(4 / 6, 10)
})

test('an empty side scores zero, not NaN', () => {
  const scores = rouge('', 'something said')
  expect(scores.rouge1).toEqual({ precision: 0, recall: 0, f1: 0 })
  expect(scores.rougeL.f1).toBe(0)
  expect(scores.rougeLsum.f1).toBe(0)
  expect(rouge('a b', 'c d').rouge1.f1).toBe(0)
})

test('blank lines are not sentences', () => {
  expect(rouge('the dog ran far', 'ran far\n\nthe dog\n').rougeLsum.f1).toBeCloseTo(1, 10)
})
