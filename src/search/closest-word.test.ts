import { expect, test } from 'vitest'
import { closestWord, editDistance, suggestQuery } from './closest-word.ts'

test('an added, dropped, changed or swapped letter is one edit each', () => {
  expect(editDistance('spraint', 'spraint')).toBe(0)
  expect(editDistance('sprant', 'spraint')).toBe(1)
  expect(editDistance('spraintt', 'spraint')).toBe(1)
  expect(editDistance('sprbint', 'spraint')).toBe(1)
  expect(editDistance('sprinat', 'spraint')).toBe(2)
  expect(editDistance('otetrs', 'otters')).toBe(1)
  expect(editDistance('', 'abc')).toBe(3)
})

test('the distance stops counting past its limit', () => {
  expect(editDistance('harbour', 'xylophone', 2)).toBe(3)
  expect(editDistance('a', 'abcdef', 2)).toBe(3)
})

test('the closest word wins, and of two as close, the first listed', () => {
  expect(closestWord('otetrs', ['harbour', 'otters'])).toBe('otters')
  expect(closestWord('tide', ['tile', 'tied'])).toBe('tile')
  expect(closestWord('zzzzzz', ['otters'])).toBeNull()
  // A short word may be one edit away, not two.
  expect(closestWord('tdie', ['tide'])).toBe('tide')
  expect(closestWord('txdy', ['tide'])).toBeNull()
})

test('a query is suggested with each unknown word corrected', () => {
  const words = ['otters', 'spraint', 'river', 'surveys']
  expect(suggestQuery('sprant', words, 'en')).toBe('spraint')
  expect(suggestQuery('Otetrs river', words, 'en')).toBe('otters river')
  expect(suggestQuery('otters', words, 'en')).toBeNull()
  expect(suggestQuery('xylophonics', words, 'en')).toBeNull()
})

test('an unfinished last word is not corrected, as the index finds it as typed', () => {
  expect(suggestQuery('otetrs surv', ['otters', 'surveys'], 'en')).toBe('otters surv')
})

test('Greek and Arabic words are corrected in their own letters', () => {
  expect(suggestQuery('δρομολογια', ['δρομολόγια'], 'el')).toBe('δρομολόγια')
  expect(suggestQuery('الاذاعة', ['الإذاعة'], 'ar')).toBe('الإذاعة')
})
