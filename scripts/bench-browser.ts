import { chromium, type Browser, type Page } from '@playwright/test'
import { gzipSync } from 'node:zlib'
import { chromiumArgs, chromiumPath } from '../e2e/browser.ts'

// The Chromium half of the benchmark: what a reader's browser downloads to open an article,
// and how long "next" and "previous" take from the click to the new headline.

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs })
}

export type Bytes = { requests: number; raw: number; gzip: number }
export type Transfer = {
  // The HTML and what it names itself (scripts, styles, icon): the same on every run.
  firstLoad: Bytes
  // What the app asks for once running (lazy chunks, neighbour JSON), when the network went
  // quiet: how much of it has arrived by then varies with the machine's load.
  later: Bytes
  // Every script among all of those: what the first-load budget (npm run size) counts.
  scripts: Bytes
}

// Every response the page receives until the network is quiet, as bodies and as gzip at level
// 9. Bodies rather than bytes on the wire, because the preview server's streamed compression
// makes those vary from run to run.
export async function bytesToOpen(browser: Browser, url: string): Promise<Transfer> {
  const context = await browser.newContext()
  const page = await context.newPage()
  const bodies = new Map<string, Promise<Buffer>>()
  page.on('requestfinished', (request) => {
    bodies.set(
      request.url(),
      request.response().then((response) => (response ? response.body() : Buffer.alloc(0))),
    )
  })
  await page.goto(url, { waitUntil: 'networkidle' })
  const responses = await Promise.all(
    [...bodies].map(async ([address, body]) => ({ address, body: await body })),
  )
  await context.close()
  const html = responses.find(({ address }) => address === url)?.body.toString('utf8') ?? ''
  const named = (address: string) =>
    address === url || html.includes(`"${new URL(address).pathname}"`)
  const sum = (items: { body: Buffer }[]): Bytes => ({
    requests: items.length,
    raw: items.reduce((total, { body }) => total + body.length, 0),
    gzip: items.reduce((total, { body }) => total + gzipSync(body, { level: 9 }).length, 0),
  })
  return {
    firstLoad: sum(responses.filter(({ address }) => named(address))),
    later: sum(responses.filter(({ address }) => !named(address))),
    scripts: sum(responses.filter(({ address }) => new URL(address).pathname.endsWith('.js'))),
  }
}

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

type Rel = 'next' | 'prev'

// Clicks the neighbour link and resolves, in the page, at the first animation frame after the
// headline shows the new article's title. Both times come from the page's own clock.
// Kept as source text: the TypeScript runner renames functions in ways the page cannot run.
const measureClick = `async (rel) => {
  const link = document.querySelector('#lede-main a[rel="' + rel + '"]')
  if (!link) throw new Error('no ' + rel + ' link on ' + location.pathname)
  const slug = new URL(link.href).pathname.split('/').pop()
  const main = document.getElementById('lede-main')
  const before = main.querySelector('h1')?.textContent ?? ''
  const painted = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const now = main.querySelector('h1')?.textContent ?? ''
      if (!now || now === before) return
      observer.disconnect()
      requestAnimationFrame(() => resolve(performance.now()))
    })
    observer.observe(main, { childList: true, subtree: true, characterData: true })
  })
  const start = performance.now()
  link.click()
  if (typeof window.ledeBenchClicked === 'function') void window.ledeBenchClicked(slug)
  return { slug, ms: (await painted) - start }
}`

async function timeNavigation(page: Page, rel: Rel): Promise<{ slug: string; ms: number }> {
  const result: unknown = await page.evaluate(`(${measureClick})(${JSON.stringify(rel)})`)
  if (typeof result !== 'object' || result === null) throw new Error('no timing from the page')
  const slug: unknown = Reflect.get(result, 'slug')
  const ms: unknown = Reflect.get(result, 'ms')
  if (typeof slug !== 'string' || typeof ms !== 'number') throw new Error('no timing from the page')
  return { slug, ms }
}

// The page is prerendered and the app takes it over just after its first paint; a click before
// then would load the next page from the server, which is not what is being measured.
async function openWithApp(page: Page, url: string): Promise<void> {
  await page.goto(url)
  await page.getByRole('button', { name: 'Reading settings' }).waitFor()
}

async function walk(page: Page, rel: Rel, count: number): Promise<number[]> {
  const times: number[] = []
  for (let index = 0; index < count; index++) times.push((await timeNavigation(page, rel)).ms)
  return times
}

// Cached: the articles are visited once first, so every measured click finds its article in
// the query cache, as it does when the app has prefetched the neighbours.
export async function cachedNavigation(
  browser: Browser,
  url: string,
  count: number,
): Promise<{ next: number[]; prev: number[] }> {
  const context = await browser.newContext()
  const page = await context.newPage()
  await openWithApp(page, url)
  await walk(page, 'next', count)
  const prev = await walk(page, 'prev', count)
  const next = await walk(page, 'next', count)
  await context.close()
  return { next, prev }
}

// Cold: an article's data is held back until its link is clicked, so any prefetch the app
// makes is undone and each click waits for the fetch.
export async function coldNavigation(
  browser: Browser,
  url: string,
  rel: Rel,
  count: number,
): Promise<number[]> {
  const context = await browser.newContext()
  const page = await context.newPage()
  const clicked = new Set<string>()
  const waiting = new Map<string, (() => void)[]>()
  await page.exposeFunction('ledeBenchClicked', (slug: string) => {
    clicked.add(slug)
    for (const release of waiting.get(slug) ?? []) release()
    waiting.delete(slug)
  })
  await page.route('**/data/articles/*.json', async (route) => {
    const slug = new URL(route.request().url()).pathname.split('/').pop()?.replace('.json', '')
    if (slug && !clicked.has(slug)) {
      await new Promise<void>((resolve) =>
        waiting.set(slug, [...(waiting.get(slug) ?? []), resolve]),
      )
    }
    await route.continue().catch(() => {})
  })
  await openWithApp(page, url)
  const times = await walk(page, rel, count)
  await page.unrouteAll({ behavior: 'ignoreErrors' })
  await context.close()
  return times
}
