import type { Page } from '@playwright/test'

// Every layout shift from the first paint that no input caused, as the browser reports it.
export async function watchLayoutShifts(page: Page) {
  await page.addInitScript(() => {
    const shifts: number[] = []
    Reflect.set(window, '__ledeShifts', shifts)
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const value: unknown = Reflect.get(entry, 'value')
        const recentInput: unknown = Reflect.get(entry, 'hadRecentInput')
        if (typeof value === 'number' && !recentInput) shifts.push(value)
      }
    }).observe({ type: 'layout-shift', buffered: true })
    // When the reader last pressed or tapped, for `pastInputGrace`.
    const lastInput = { at: -Infinity }
    Reflect.set(window, '__ledeLastInput', lastInput)
    for (const type of ['pointerdown', 'keydown']) {
      window.addEventListener(type, () => (lastInput.at = performance.now()), { capture: true })
    }
  })
}

// Waits, by the page's own clock, until the half second after the last press or tap is over:
// the browser counts a shift in that time as the page's answer to the input (`hadRecentInput`),
// so only a shift after it is one the reader did not ask for.
export const pastInputGrace = (page: Page) =>
  page.waitForFunction(() => {
    const lastInput: unknown = Reflect.get(window, '__ledeLastInput')
    const at: unknown =
      typeof lastInput === 'object' && lastInput ? Reflect.get(lastInput, 'at') : 0
    return typeof at === 'number' && performance.now() - at > 500
  })

// Their sum (the page's layout shift so far); -1 if the watch was never set.
export const totalShift = (page: Page) =>
  page.evaluate(() => {
    const shifts: unknown = Reflect.get(window, '__ledeShifts')
    return Array.isArray(shifts) ? shifts.reduce((sum: number, v: number) => sum + v, 0) : -1
  })
