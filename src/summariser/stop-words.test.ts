// @vitest-environment node
import { expect, test } from 'vitest'
import { stopWordsFor } from './stop-words.ts'

test('finds the list for a language, whatever the region', () => {
  expect(stopWordsFor('en').has('the')).toBe(true)
  expect(stopWordsFor('en-GB').has('the')).toBe(true)
  expect(stopWordsFor('EN').has('the')).toBe(true)
  expect(stopWordsFor('fr-FR').has('avec')).toBe(true)
  expect(stopWordsFor('de').has('und')).toBe(true)
})

test('prefers a regional list where there is one', () => {
  expect(stopWordsFor('pt-BR').size).toBeGreaterThan(stopWordsFor('pt').size)
})

test('a language without a list has no stop words', () => {
  expect(stopWordsFor('cy').size).toBe(0)
  expect(stopWordsFor('').size).toBe(0)
})
