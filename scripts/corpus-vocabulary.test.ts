import { expect, test } from 'vitest'
import { makeVocabulary, zipfPicker } from './corpus-vocabulary.ts'
import { seededRandom } from './generate-corpus.ts'

test('the vocabulary is the same on every run, each word once', () => {
  const words = makeVocabulary(seededRandom(7), 2_000)
  expect(makeVocabulary(seededRandom(7), 2_000)).toEqual(words)
  expect(new Set(words).size).toBe(2_000)
})

test('shorter words come first on the whole', () => {
  const words = makeVocabulary(seededRandom(7), 2_000)
  const meanLength = (part: string[]) => part.join('').length / part.length
  expect(meanLength(words.slice(0, 200))).toBeLessThan(meanLength(words.slice(-200)) - 3)
})

test('words are drawn by Zipf’s law: the word of rank r about 1/r as often as the first', () => {
  const words = makeVocabulary(seededRandom(7), 2_000)
  const pick = zipfPicker(words)
  const random = seededRandom(11)
  const counts = new Map<string, number>()
  for (let draw = 0; draw < 200_000; draw++) {
    const word = pick(random())
    counts.set(word, (counts.get(word) ?? 0) + 1)
  }
  const at = (rank: number) => counts.get(words[rank - 1] ?? '') ?? 0
  // 1 / (r + 2.7): rank 1 is (10 + 2.7) / (1 + 2.7), about 3.4 times as common as rank 10.
  expect(at(1) / at(10)).toBeGreaterThan(3)
  expect(at(1) / at(10)).toBeLessThan(4)
  expect(at(1)).toBeGreaterThan(50 * at(1_000))
  expect(pick(0)).toBe(words[0])
  expect(pick(0.999_999)).toBe(words[words.length - 1])
})
