import { describe, expect, test } from 'vitest'
import { formatReadingTime, readingTimeRange } from './reading-time-range.ts'
import { english } from '../lib/words/english.ts'

describe('readingTimeRange', () => {
  test('runs from a quick reader to a careful one', () => {
    expect(readingTimeRange(900)).toEqual({ fast: 3, slow: 5 })
    expect(formatReadingTime(900, english.readingTime, 'en')).toBe('3–5 min read')
  })

  test('a short piece is at least a minute, and says one number when the ends meet', () => {
    expect(readingTimeRange(0)).toEqual({ fast: 1, slow: 1 })
    expect(formatReadingTime(150, english.readingTime, 'en')).toBe('1 min read')
  })

  test('the slow end is never below the fast end', () => {
    for (let words = 0; words < 5000; words += 37) {
      const { fast, slow } = readingTimeRange(words)
      expect(slow).toBeGreaterThanOrEqual(fast)
    }
  })
})

test('the reading time is said in the article’s language, with its plural', () => {
  expect(formatReadingTime(900, { few: '{n} دقائق قراءة', other: '{n} دقيقة قراءة' }, 'ar')).toBe(
    '3–5 دقائق قراءة',
  )
  expect(formatReadingTime(150, { one: '{n} λεπτό ανάγνωσης', other: '{n} λεπτά' }, 'el')).toBe(
    '1 λεπτό ανάγνωσης',
  )
})
