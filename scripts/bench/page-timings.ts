import type { Browser } from '@playwright/test'

// Times any site's article page takes in a fresh Chromium context, by the page's own clock: its
// largest contentful paint, and the time from its first contentful paint until `ready` (an
// expression, run in the page) holds, when its links navigate in the app. Reported on the
// console, so nothing is injected into the page while it starts.
const watch = (ready: string) => `(() => {
  let paint = null
  let largest = 0
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (entry.name === 'first-contentful-paint') paint = entry.startTime
  }).observe({ type: 'paint', buffered: true })
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) largest = entry.startTime
  }).observe({ type: 'largest-contentful-paint', buffered: true })
  const timer = setInterval(() => {
    if (paint === null || !(${ready})) return
    clearInterval(timer)
    const interactive = performance.now()
    // LCP stops at the first input; a second after the page is ready it has settled.
    setTimeout(() => {
      console.log('lede-bench-page ' + JSON.stringify({ paint, interactive, largest }))
    }, 1000)
  }, 2)
})()`

export type PageTimes = { paintToReady: number; largestPaint: number }

export async function pageTimes(browser: Browser, url: string, ready: string, runs: number) {
  const times: PageTimes[] = []
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.addInitScript(watch(ready))
    const reported = page.waitForEvent('console', {
      predicate: (message) => message.text().startsWith('lede-bench-page '),
      timeout: 30_000,
    })
    await page.goto(url, { waitUntil: 'commit' })
    const result: unknown = JSON.parse((await reported).text().slice('lede-bench-page '.length))
    await context.close()
    const value = (key: string) => {
      const found: unknown = typeof result === 'object' && result ? Reflect.get(result, key) : null
      if (typeof found !== 'number') throw new Error(`no ${key} from ${url}`)
      return found
    }
    times.push({
      paintToReady: value('interactive') - value('paint'),
      largestPaint: value('largest'),
    })
  }
  return times
}

// Clicks `link` (a selector) on a page opened and left to settle, `count` times in a row, and
// times each from the click to the first frame after the headline changes.
const timeClick = `async (selector) => {
  const link = document.querySelector(selector)
  if (!link) throw new Error('no ' + selector + ' on ' + location.pathname)
  const before = document.querySelector('h1')?.textContent ?? ''
  const painted = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const now = document.querySelector('h1')?.textContent ?? ''
      if (!now || now === before) return
      observer.disconnect()
      requestAnimationFrame(() => resolve(performance.now()))
    })
    observer.observe(document.body, { childList: true, subtree: true, characterData: true })
  })
  const start = performance.now()
  link.click()
  return (await painted) - start
}`

export async function nextClicks(
  browser: Browser,
  url: string,
  ready: string,
  link: string,
  count: number,
): Promise<number[]> {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(url, { waitUntil: 'networkidle' })
  // Polled by evaluating it, which a page's Content-Security-Policy allows (a string given to
  // waitForFunction is run with eval, which Lede's policy forbids).
  while ((await page.evaluate(ready)) !== true) await page.waitForTimeout(20)
  const times: number[] = []
  for (let click = 0; click < count; click++) {
    // As a reader reads a moment before going on: what the page fetches ahead has arrived.
    await page.waitForTimeout(1000)
    const ms: unknown = await page.evaluate(`(${timeClick})(${JSON.stringify(link)})`)
    if (typeof ms !== 'number') throw new Error(`no timing from ${url}`)
    times.push(ms)
  }
  await context.close()
  return times
}
