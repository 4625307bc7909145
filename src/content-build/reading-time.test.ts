import { expect, test } from 'vitest'
import { countWords, readingMinutes, WORDS_PER_MINUTE } from './reading-time.ts'

test('counts words across texts, keeping contractions, hyphenated words and numbers whole', () => {
  expect(countWords(['The tide’s in at 6.30 a.m.', 'well-known harbour'])).toBe(8)
})

test('counts words in non-Latin scripts', () => {
  expect(countWords(['إذاعة المدينة تحتفل', 'Το πλοίο φεύγει'])).toBe(6)
})

test('ignores punctuation and blank text', () => {
  expect(countWords(['  — … !! ', ''])).toBe(0)
})

test('rounds reading time to whole minutes, never below one', () => {
  expect(readingMinutes(0)).toBe(1)
  expect(readingMinutes(WORDS_PER_MINUTE * 4)).toBe(4)
  expect(readingMinutes(WORDS_PER_MINUTE * 4 + WORDS_PER_MINUTE / 2 + 1)).toBe(5)
})
