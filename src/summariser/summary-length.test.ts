// @vitest-environment node
import { expect, test } from 'vitest'
import { summaryLength } from './summary-length.ts'

test('three sentences by default, for an article long enough', () => {
  expect(summaryLength(9)).toBe(3)
  expect(summaryLength(40)).toBe(3)
})

test('a short article gets fewer: about a third, at least one', () => {
  expect(summaryLength(1)).toBe(1)
  expect(summaryLength(3)).toBe(1)
  expect(summaryLength(4)).toBe(1)
  expect(summaryLength(5)).toBe(2)
  expect(summaryLength(7)).toBe(2)
  expect(summaryLength(8)).toBe(3)
})

test('an asked-for length is kept within the article', () => {
  expect(summaryLength(20, 5)).toBe(5)
  expect(summaryLength(4, 5)).toBe(4)
  expect(summaryLength(4, 0)).toBe(1)
  expect(summaryLength(4, 2.7)).toBe(2)
  expect(summaryLength(9, Number.NaN)).toBe(3)
})

test('no sentences, no summary', () => {
  expect(summaryLength(0)).toBe(0)
  expect(summaryLength(0, 3)).toBe(0)
})
