import { afterEach, expect, test } from 'vitest'
import {
  POSITION_KEPT_FOR_MS,
  POSITIONS_KEPT,
  readPosition,
  writePosition,
} from './reading-positions.ts'

const day = 24 * 60 * 60 * 1000
const now = Date.UTC(2026, 11, 1)

afterEach(() => {
  window.localStorage.clear()
})

test('a place is read back, and forgotten when the reader finishes', () => {
  writePosition('otters', 0.42346, now)
  expect(readPosition('otters', now + day)).toBe(0.4235)
  writePosition('otters', null, now)
  expect(readPosition('otters', now)).toBeNull()
})

test('a place not visited for the keeping time is not offered', () => {
  writePosition('otters', 0.5, now)
  expect(readPosition('otters', now + POSITION_KEPT_FOR_MS - 1)).toBe(0.5)
  expect(readPosition('otters', now + POSITION_KEPT_FOR_MS)).toBeNull()
})

test('writing a place prunes old places, places in the old form and the least recent', () => {
  window.localStorage.setItem('lede:position:old-form', '0.3120')
  window.localStorage.setItem('lede:theme', 'dark')
  writePosition('stale', 0.5, now - POSITION_KEPT_FOR_MS - day)
  for (let index = 0; index < POSITIONS_KEPT + 2; index += 1) {
    writePosition(`article-${index}`, 0.5, now + index)
  }
  const keys = Object.keys(window.localStorage)
  expect(keys).not.toContain('lede:position:old-form')
  expect(keys).not.toContain('lede:position:stale')
  expect(keys).not.toContain('lede:position:article-0')
  expect(keys).not.toContain('lede:position:article-1')
  expect(keys).toContain(`lede:position:article-${POSITIONS_KEPT + 1}`)
  expect(keys.filter((key) => key.startsWith('lede:position:'))).toHaveLength(POSITIONS_KEPT)
  expect(window.localStorage.getItem('lede:theme')).toBe('dark')
})

test('damaged or impossible places are not offered', () => {
  window.localStorage.setItem('lede:position:a', '{"share":')
  window.localStorage.setItem('lede:position:b', JSON.stringify({ share: 3, at: now }))
  expect(readPosition('a', now)).toBeNull()
  expect(readPosition('b', now)).toBeNull()
})
