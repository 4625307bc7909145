import { expect, test } from 'vitest'
import { orderedIndex } from './ordered-index.ts'

const names = ['a', 'b', 'c', 'd', 'e']

test('names asked in the list order are found where they are', () => {
  const find = orderedIndex(names)
  expect(names.map(find)).toEqual([0, 1, 2, 3, 4])
})

test('names asked out of order, or with some added or left out, are found all the same', () => {
  const find = orderedIndex(names)
  expect(['a', 'new', 'b', 'd', 'e', 'c', 'a', 'gone'].map(find)).toEqual([
    0, -1, 1, 3, 4, 2, 0, -1,
  ])
})

test('nothing is found in an empty list', () => {
  const find = orderedIndex([])
  expect(find('a')).toBe(-1)
  expect(find('')).toBe(-1)
})
