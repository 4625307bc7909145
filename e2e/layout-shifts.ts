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
  })
}

// Their sum (the page's layout shift so far); -1 if the watch was never set.
export const totalShift = (page: Page) =>
  page.evaluate(() => {
    const shifts: unknown = Reflect.get(window, '__ledeShifts')
    return Array.isArray(shifts) ? shifts.reduce((sum: number, v: number) => sum + v, 0) : -1
  })
