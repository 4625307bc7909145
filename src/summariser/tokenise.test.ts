// @vitest-environment node
import { expect, test } from 'vitest'
import { tokenise } from './tokenise.ts'

test('English: lower case, no stop words, Porter stems', () => {
  expect(tokenise('The rates were rising, and Rising rates hurt.', 'en-GB')).toEqual([
    'rate',
    'rise',
    'rise',
    'rate',
    'hurt',
  ])
})

test('English: possessives, acronyms and numbers', () => {
  expect(tokenise("Greenspan's U.S. speech in 2004", 'en')).toEqual([
    'greenspan',
    'us',
    'speech',
    '2004',
  ])
  expect(tokenise('Greenspan’s speech', 'en')).toEqual(['greenspan', 'speech'])
})

test('other languages keep their words whole, without their stop words', () => {
  expect(tokenise('Le gouvernement a annoncé une réforme des retraites.', 'fr')).toEqual([
    'gouvernement',
    'annoncé',
    'réforme',
    'retraites',
  ])
})

test('finds words in scripts written without spaces', () => {
  expect(tokenise('東京は日本の首都です。', 'ja')).toEqual(['東京', '日本', '首都'])
})

test('a language tag the runtime refuses still gives words', () => {
  expect(tokenise('Hello world', 'not a tag!')).toEqual(['hello', 'world'])
})

test('nothing to say gives no tokens', () => {
  expect(tokenise('', 'en')).toEqual([])
  expect(tokenise('The and of', 'en')).toEqual([])
})
