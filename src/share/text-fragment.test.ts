import { expect, test } from 'vitest'
import { quoteLink } from './text-fragment.ts'

const page = 'https://lede.example/articles/otters#why-they-came-back'

test('a short quote is the whole fragment, and the page keeps no other hash', () => {
  expect(quoteLink(page, '  Three breeding territories  ')).toBe(
    'https://lede.example/articles/otters#:~:text=Three%20breeding%20territories',
  )
})

test('a long quote is named by its first and last five words', () => {
  const quote = 'one two three four five six seven eight nine ten eleven twelve'
  expect(quoteLink(page, quote)).toBe(
    'https://lede.example/articles/otters#:~:text=one%20two%20three%20four%20five,eight%20nine%20ten%20eleven%20twelve',
  )
})

test('the characters of the fragment syntax are escaped in the words', () => {
  expect(quoteLink(page, 'fish-pass, weirs & locks')).toBe(
    'https://lede.example/articles/otters#:~:text=fish%2Dpass%2C%20weirs%20%26%20locks',
  )
})
