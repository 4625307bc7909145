import type { Browser, Page } from '@playwright/test'

// Times any site's article page takes in a fresh Chromium context, by the page's own clock: its
// largest contentful paint, and the time from its first contentful paint until `ready` (an
// expression, run in the page) holds, when its links navigate in the app. Reported on the
// console, so nothing is injected into the page while it starts.
const watch = (ready: string) => `(() => {
  let paint = null
  let largest = 0
  let interactive = null
  // The last moment a candidate for the largest paint or a response arrived.
  let lastActivity = 0
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (entry.name === 'first-contentful-paint') paint = entry.startTime
  }).observe({ type: 'paint', buffered: true })
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) largest = entry.startTime
    lastActivity = performance.now()
  }).observe({ type: 'largest-contentful-paint', buffered: true })
  new PerformanceObserver(() => {
    lastActivity = performance.now()
  }).observe({ type: 'resource', buffered: true })
  const timer = setInterval(() => {
    if (paint === null) return
    if (interactive === null && (${ready})) interactive = performance.now()
    // The largest paint is settled once the page is interactive and nothing has painted or
    // arrived for half a second (it would stop at the first input anyway).
    if (interactive === null || performance.now() - lastActivity < 500) return
    clearInterval(timer)
    console.log('lede-bench-page ' + JSON.stringify({ paint, interactive, largest }))
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
  const quiet = trackNetwork(page)
  await page.goto(url, { waitUntil: 'networkidle' })
  // Checked at every frame in the page, evaluated rather than given to waitForFunction, which
  // would run it with eval, and Lede's Content-Security-Policy forbids that.
  await page.evaluate(
    `new Promise((resolve) => { const check = () => (${ready}) ? resolve(true) : requestAnimationFrame(check); check() })`,
  )
  const times: number[] = []
  for (let click = 0; click < count; click++) {
    // As a reader reads a moment before going on: what the page fetches ahead has arrived.
    await quiet()
    const ms: unknown = await page.evaluate(`(${timeClick})(${JSON.stringify(link)})`)
    if (typeof ms !== 'number') throw new Error(`no timing from ${url}`)
    times.push(ms)
  }
  await context.close()
  return times
}

// Resolves once no request of the page has been under way for `spellMs`: the network is quiet,
// as the project measures it elsewhere (500 ms without a request in flight).
function trackNetwork(page: Page, spellMs = 500): () => Promise<void> {
  let inFlight = 0
  let lastChange = Date.now()
  const change = (by: number) => {
    inFlight += by
    lastChange = Date.now()
  }
  page.on('request', () => change(1))
  page.on('requestfinished', () => change(-1))
  page.on('requestfailed', () => change(-1))
  return async () => {
    for (;;) {
      const quietFor = Date.now() - lastChange
      if (inFlight <= 0 && quietFor >= spellMs) return
      await new Promise((resolve) => setTimeout(resolve, inFlight > 0 ? 50 : spellMs - quietFor))
    }
  }
}
