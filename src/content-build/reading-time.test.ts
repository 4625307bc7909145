import { expect, test } from 'vitest'
import { countWords } from './reading-time.ts'

test('counts words across texts, keeping contractions, hyphenated words and numbers whole', () => {
  expect(countWords(['The tide’s in at 6.30 a.m.', 'well-known harbour'])).toBe(8)
})

test('counts words in non-Latin scripts', () => {
  expect(countWords(['إذاعة المدينة تحتفل', 'Το πλοίο φεύγει'])).toBe(6)
})

test('ignores punctuation and blank text', () => {
  expect(countWords(['  — … !! ', ''])).toBe(0)
})
