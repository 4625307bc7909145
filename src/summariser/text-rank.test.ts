// @vitest-environment node
import { expect, test } from 'vitest'
import { textRank } from './text-rank.ts'

const sum = (values: Float64Array) => values.reduce((a, b) => a + b, 0)

test('the sentence most like the others ranks first', () => {
  // Sentence 0 is like 1 and 2; 1 and 2 are like nothing else.
  const similarity = Float64Array.from([1, 0.5, 0.5, 0.5, 1, 0, 0.5, 0, 1])
  const scores = textRank(similarity, 3)
  expect(scores[0]).toBeGreaterThan(scores[1] ?? 0)
  expect(scores[1]).toBeCloseTo(scores[2] ?? 0, 10)
  expect(sum(scores)).toBeCloseTo(1, 6)
})

test('sentences alike to nothing share the rank evenly', () => {
  const scores = textRank(Float64Array.from([1, 0, 0, 1]), 2)
  expect([...scores]).toEqual([0.5, 0.5])
})

test('a lone sentence has all the rank, and no sentences none', () => {
  expect([...textRank(Float64Array.from([1]), 1)]).toEqual([1])
  expect(textRank(new Float64Array(0), 0)).toHaveLength(0)
})

test('without damping, a symmetric graph ranks by weighted degree', () => {
  // A random walk on an undirected graph settles at weighted degree over the total: the degrees
  // here are 0.4 + 0.5 = 0.9, 0.4 + 0.1 = 0.5 and 0.5 + 0.1 = 0.6, out of 2.
  const similarity = Float64Array.from([1, 0.4, 0.5, 0.4, 1, 0.1, 0.5, 0.1, 1])
  const scores = textRank(similarity, 3, { damping: 1, iterations: 1000, tolerance: 1e-12 })
  expect(scores[0]).toBeCloseTo(0.45, 6)
  expect(scores[1]).toBeCloseTo(0.25, 6)
  expect(scores[2]).toBeCloseTo(0.3, 6)
})
