import { expect, test } from 'vitest'
import { searchTerms } from './search-terms.ts'

test('search terms are long words of the headlines, none starting like another', () => {
  expect(searchTerms(['Brain stour of the brailen', 'Tomas, stoun and brouth'], 5)).toEqual([
    'brain',
    'stour',
    'tomas',
    'brouth',
  ])
})

test('search terms stop at the count asked for', () => {
  expect(searchTerms(['alpha bravo charlie delta'], 2)).toEqual(['alpha', 'bravo'])
})
