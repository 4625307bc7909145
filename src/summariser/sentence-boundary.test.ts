// @vitest-environment node
import { expect, test } from 'vitest'
import { sentenceBoundary } from './sentence-boundary.ts'

test('a title never ends a sentence', () => {
  expect(sentenceBoundary('Mr.', 'Smith')).toBe('join')
  expect(sentenceBoundary('Dr.', 'Who')).toBe('join')
  expect(sentenceBoundary('(Prof.', 'Jones')).toBe('join')
  expect(sentenceBoundary('e.g.', 'Paris')).toBe('join')
})

test('a sentence does not start in lower case', () => {
  expect(sentenceBoundary('£8m.', 'profit')).toBe('join')
  expect(sentenceBoundary('a.m.', 'on')).toBe('join')
  expect(sentenceBoundary('Wait...', 'what')).toBe('join')
  expect(sentenceBoundary('U.K.', 'did')).toBe('join')
})

test('a brand written in lower case still starts a sentence', () => {
  expect(sentenceBoundary('no.', 'eBay')).toBe('split')
  expect(sentenceBoundary('sales.', 'iPod')).toBe('split')
})

test('an abbreviation before a number goes on', () => {
  expect(sentenceBoundary('Sept.', '11')).toBe('join')
  expect(sentenceBoundary('No.', '10')).toBe('join')
  expect(sentenceBoundary('U.S.', '2004')).toBe('join')
  expect(sentenceBoundary('rose.', '2004')).toBe('keep')
})

test('initials run into the name they belong to', () => {
  expect(sentenceBoundary('J.', 'R.')).toBe('join')
  expect(sentenceBoundary('R.', 'Smith')).toBe('join')
  expect(sentenceBoundary('B.', 'The')).toBe('split')
})

test('a dotted acronym ends a sentence only before a word that opens one', () => {
  expect(sentenceBoundary('U.S.', 'President')).toBe('join')
  expect(sentenceBoundary('U.S.A.', 'He')).toBe('split')
  expect(sentenceBoundary('U.K.', 'But')).toBe('split')
})

test('an ellipsis before a capital ends a sentence', () => {
  expect(sentenceBoundary('great…', 'Then')).toBe('split')
  expect(sentenceBoundary('great...', 'Then')).toBe('split')
  expect(sentenceBoundary('great…', 'then')).toBe('join')
})

test('a year or a lower-case word before a capital ends a sentence', () => {
  expect(sentenceBoundary('2004.', 'The')).toBe('split')
  expect(sentenceBoundary('me.', 'Shares')).toBe('split')
})

test('leaves every other case to the splitter', () => {
  expect(sentenceBoundary('London.', 'Shares')).toBe('keep')
  expect(sentenceBoundary('Why?', 'Nobody')).toBe('keep')
  expect(sentenceBoundary('said,', 'Smith')).toBe('keep')
  expect(sentenceBoundary('', 'Smith')).toBe('keep')
  expect(sentenceBoundary('end.', '')).toBe('keep')
})
