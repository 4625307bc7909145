// @vitest-environment node
import { expect, test } from 'vitest'
import { cosine, tfIdf } from './tf-idf.ts'

test('identical sentences are fully alike, sentences with no shared word not at all', () => {
  const { vectors } = tfIdf([
    ['tram', 'line'],
    ['tram', 'line'],
    ['budget', 'vote'],
  ])
  const [a, b, c] = vectors
  if (!a || !b || !c) throw new Error('missing vectors')
  expect(cosine(a, b)).toBeCloseTo(1, 10)
  expect(cosine(a, c)).toBe(0)
})

test('a word every sentence shares counts for less than a rare one', () => {
  // "council" is in all three sentences, "tram" in two, "vote" in one.
  const { vectors } = tfIdf([
    ['council', 'tram'],
    ['council', 'tram'],
    ['council', 'vote'],
  ])
  const [a, b, c] = vectors
  if (!a || !b || !c) throw new Error('missing vectors')
  // a and c share only "council"; with idf = ln(4/4) + 1 = 1 for it and ln(4/3) + 1 and
  // ln(4/2) + 1 for the others, the cosine is 1 / (|a| |c|).
  const idfTram = Math.log(4 / 3) + 1
  const idfVote = Math.log(4 / 2) + 1
  expect(cosine(a, c)).toBeCloseTo(1 / (Math.hypot(1, idfTram) * Math.hypot(1, idfVote)), 10)
})

test('vectors have unit length, and an empty sentence is an empty vector', () => {
  const { vectors } = tfIdf([['a', 'b', 'b'], []])
  const [a, empty] = vectors
  if (!a || !empty) throw new Error('missing vectors')
  expect(Math.hypot(...a.weights)).toBeCloseTo(1, 10)
  expect(empty.terms).toHaveLength(0)
  expect(cosine(a, empty)).toBe(0)
})

test('weighs other text by the same vocabulary, ignoring words the documents lack', () => {
  const { vectors, vectorise } = tfIdf([['tram', 'line'], ['budget']])
  const title = vectorise(['tram', 'line', 'unknown'])
  const [a] = vectors
  if (!a) throw new Error('missing vector')
  expect(cosine(a, title)).toBeCloseTo(1, 10)
  expect(vectorise([]).terms).toHaveLength(0)
})
