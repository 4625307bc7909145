import type { Browser } from '@playwright/test'

// From the first contentful paint until the article is whole: its previous and next links are
// React's (so they navigate in the app) and the keyboard shortcuts are listening (the parts that
// arrive after hydration, the "Keyboard shortcuts" button among them, have been committed and
// their effects run). React marks each element it has hydrated with its props, which is what
// the page polls for, every few milliseconds, from before the page's own scripts run.
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
      window.ledeBenchHydrated = { paint, whole: performance.now() }
    }, 0)
  }, 2)
})()`

export async function paintToHydrated(browser: Browser, url: string, runs: number) {
  const times: number[] = []
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.addInitScript(watchHydration)
    await page.goto(url)
    await page.waitForFunction(() => Reflect.get(window, 'ledeBenchHydrated'), null, {
      timeout: 20_000,
    })
    const result: unknown = await page.evaluate(() => Reflect.get(window, 'ledeBenchHydrated'))
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
