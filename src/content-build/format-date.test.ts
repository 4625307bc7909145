import { expect, test } from 'vitest'
import { formatDate } from './format-date.ts'

test('dates are written in house English, as the day the author wrote', () => {
  expect(formatDate('2026-11-26', 'en')).toBe('26 November 2026')
  // 23:30 in New York is already the 27th in UTC; the reader sees the author's day.
  expect(formatDate('2026-11-26T23:30:00-05:00', 'en')).toBe('26 November 2026')
  expect(formatDate('2026-11-27T00:30:00+09:00', 'en')).toBe('27 November 2026')
})

test('each language gets its own format, and the same one every time', () => {
  const greek = formatDate('2026-11-26', 'el')
  expect(greek).not.toBe('26 November 2026')
  expect(formatDate('2026-11-26', 'el')).toBe(greek)
  expect(formatDate('2026-11-26', 'en')).toBe('26 November 2026')
})

test('an unusable language falls back to English and an invalid date is shown as written', () => {
  expect(formatDate('2026-11-26', 'not a language tag!')).toBe('November 26, 2026')
  expect(formatDate('someday', 'en')).toBe('someday')
})
