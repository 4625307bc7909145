import { expect, test } from 'vitest'
import { formatBytes, formatSavedAt } from './format-saved.ts'

test('sizes are in kilobytes, or megabytes from a million bytes, in the page’s language', () => {
  expect(formatBytes(12_400, 'en')).toBe('12 kB')
  expect(formatBytes(80, 'en')).toBe('1 kB')
  expect(formatBytes(1_500_000, 'en')).toBe('1.5 MB')
  expect(formatBytes(1_500_000, 'de')).toBe('1,5 MB')
  expect(formatBytes(12_400, 'fr')).toBe('12\u202fko')
  expect(formatBytes(12_400, 'not a language tag!')).toBe('12 kB')
})

test('a saved time is the day before the month in the site’s English, and unreadable is null', () => {
  expect(formatSavedAt('2026-11-19T09:30:00Z', 'en')).toMatch(/^19 Nov 2026, \d\d:\d\d$/)
  expect(formatSavedAt('2026-11-19T09:30:00Z', 'es')).toMatch(/^19 nov 2026/)
  expect(formatSavedAt('yesterday', 'en')).toBeNull()
})
