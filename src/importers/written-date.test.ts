import { expect, test } from 'vitest'
import { readWrittenDate } from './written-date.ts'

test.each([
  ['12 March 2025', '2025-03-12'],
  ['Published 14 March 2025, 09:12 GMT', '2025-03-14'],
  ['March 12, 2025', '2025-03-12'],
  ['Wed 5th Nov 2025', '2025-11-05'],
  ['Sept. 3, 2024', '2024-09-03'],
  ['2024-02-29', '2024-02-29'],
  ['12 de marzo de 2025', '2025-03-12'],
  ['1er avril 2025', '2025-04-01'],
  ['le 15 août 2025', '2025-08-15'],
  ['3. Februar 2025', '2025-02-03'],
  ['3. März 2025', '2025-03-03'],
  ['12 Μαρτίου 2025', '2025-03-12'],
  ['4 ΜΑΪΟΥ 2025', '2025-05-04'],
  ['١٢ مارس ٢٠٢٥', '2025-03-12'],
  ['5 آذار 2025', '2025-03-05'],
  ['1 كانون الثاني 2025', '2025-01-01'],
  ['15.03.2025', '2025-03-15'],
  ['25/12/2025', '2025-12-25'],
])('"%s" is %s', (text, date) => {
  expect(readWrittenDate(text)?.date).toBe(date)
})

test('a numeric date that could be either is month first in English, day first elsewhere', () => {
  expect(readWrittenDate('03/04/2025', 'en')).toMatchObject({
    date: '2025-03-04',
    how: 'numeric date, read as month/day/year',
  })
  expect(readWrittenDate('03/04/2025', 'fr')).toMatchObject({
    date: '2025-04-03',
    how: 'numeric date, read as day/month/year',
  })
})

test('a day the calendar does not have is found but has no date', () => {
  expect(readWrittenDate('30 February 2025')).toMatchObject({ date: null })
  expect(readWrittenDate('2026-02-30')).toMatchObject({ date: null })
})

test('a month name inside a word is not a month', () => {
  expect(readWrittenDate('12 marine 2025')).toBeUndefined()
  expect(readWrittenDate('no date here, 2025 was a year')).toBeUndefined()
})
