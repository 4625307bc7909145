import { expect, test } from 'vitest'
import { nextChromeState, type ChromeState } from './chrome-away.ts'

const chrome = 100
const run = (positions: number[], start: ChromeState = { away: false, anchorY: 0 }) =>
  positions.reduce((state, y) => nextChromeState(state, y, chrome), start)

test('reading down past the chrome puts it away', () => {
  expect(run([50, 150, 300]).away).toBe(true)
})

test('it stays while the page is still near the top', () => {
  expect(run([40, 80, 100]).away).toBe(false)
})

test('a clear move up brings it back, measured from where the reader turned', () => {
  const away = run([200, 600, 900])
  expect(away.away).toBe(true)
  expect(run([895], away).away).toBe(true)
  expect(run([880], away).away).toBe(false)
})

test('small moves either way change nothing', () => {
  const shown = run([300, 290])
  expect(run([305], { away: false, anchorY: 300 }).away).toBe(false)
  expect(shown.away).toBe(false)
  const away = { away: true, anchorY: 500 }
  expect(run([495, 503, 497], away).away).toBe(true)
})

test('the top of the page always shows it', () => {
  expect(run([0], { away: true, anchorY: 900 }).away).toBe(false)
})
