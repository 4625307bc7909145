import { expect, test } from 'vitest'
import { decodeTermCounts, encodeTermCounts } from './term-counts.ts'

test('each word is kept once with its count, in the order the words first come', () => {
  const text = encodeTermCounts(['tram', 'harbour', 'tram', 'fare', 'tram', 'harbour'])
  expect(text).toBe('tram 3 harbour 2 fare 1')
  expect([...decodeTermCounts(text)]).toEqual([
    ['tram', 3],
    ['harbour', 2],
    ['fare', 1],
  ])
})

test('no words read back as none, and a word with a space in it stays one word', () => {
  expect([...decodeTermCounts(encodeTermCounts([]))]).toEqual([])
  expect([...decodeTermCounts(encodeTermCounts(['new york', 'new york']))]).toEqual([
    ['new_york', 2],
  ])
})

test('words that become one term count together, where the first of them came', () => {
  expect(encodeTermCounts(['tram', 'new_york', 'fare', 'new york', 'new_york'])).toBe(
    'tram 1 new_york 3 fare 1',
  )
})
