import type { Browser } from '@playwright/test'

// From the first contentful paint until the article is whole: its previous and next links are
// React's (so they navigate in the app) and the keyboard shortcuts are listening (the parts that
// arrive after hydration, the "Keyboard shortcuts" button among them, have been committed and
// their effects run). React marks each element it has hydrated with its props, which is what
// the page polls for, every few milliseconds, from before the page's own scripts run. The page
// reports the times on its console: waiting for them with page.waitForFunction would inject
// Playwright's own script into the page in the middle of hydration (a task of about 30 ms).
const prefix = 'lede-bench-hydrated '

const watchHydration = `(() => {
  const hydrated = (element) =>
    !!element && Object.keys(element).some((key) => key.startsWith('__reactProps'))
  let paint = null
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (entry.name === 'first-contentful-paint') paint = entry.startTime
  }).observe({ type: 'paint', buffered: true })
  const timer = setInterval(() => {
    const links = [...document.querySelectorAll('#lede-main a[rel="next"], #lede-main a[rel="prev"]')]
    const shortcuts = [...document.querySelectorAll('#lede-main button')].find(
      (button) => button.textContent === 'Keyboard shortcuts',
    )
    if (paint === null || !links.length || !links.every(hydrated) || !hydrated(shortcuts)) return
    clearInterval(timer)
    // Effects run after the commit that made the button; one more task lets them.
    setTimeout(() => {
      console.log(${JSON.stringify(prefix)} + JSON.stringify({ paint, whole: performance.now() }))
    }, 0)
  }, 2)
})()`

export async function paintToHydrated(browser: Browser, url: string, runs: number) {
  const times: number[] = []
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.addInitScript(watchHydration)
    const reported = page.waitForEvent('console', {
      predicate: (message) => message.text().startsWith(prefix),
      timeout: 20_000,
    })
    await page.goto(url, { waitUntil: 'commit' })
    const result: unknown = JSON.parse((await reported).text().slice(prefix.length))
    await context.close()
    const paint: unknown =
      typeof result === 'object' && result ? Reflect.get(result, 'paint') : null
    const whole: unknown =
      typeof result === 'object' && result ? Reflect.get(result, 'whole') : null
    if (typeof paint !== 'number' || typeof whole !== 'number') throw new Error('no hydration time')
    times.push(whole - paint)
  }
  return times
}
