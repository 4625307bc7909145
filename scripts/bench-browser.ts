import { chromium, type Browser, type Page } from '@playwright/test'
import { chromiumArgs, chromiumPath } from '../e2e/browser.ts'

// The Chromium half of the benchmark: what a reader's browser downloads to open an article,
// and how long "next" and "previous" take from the click to the new headline.

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs })
}

export type Transfer = { total: number; byType: Record<string, number>; requests: number }

// Every request the page makes until the network is quiet, headers and bodies as served.
export async function bytesToOpen(browser: Browser, url: string): Promise<Transfer> {
  const context = await browser.newContext()
  const page = await context.newPage()
  const sizes: Promise<{ type: string; bytes: number }>[] = []
  page.on('requestfinished', (request) => {
    sizes.push(
      request.sizes().then((size) => ({
        type: request.resourceType(),
        bytes: size.responseBodySize + size.responseHeadersSize,
      })),
    )
  })
  await page.goto(url, { waitUntil: 'networkidle' })
  const finished = await Promise.all(sizes)
  await context.close()
  const byType: Record<string, number> = {}
  for (const { type, bytes } of finished) byType[type] = (byType[type] ?? 0) + bytes
  return {
    total: finished.reduce((sum, { bytes }) => sum + bytes, 0),
    byType,
    requests: finished.length,
  }
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
  await page.goto(url)
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
  await page.goto(url)
  const times = await walk(page, rel, count)
  await page.unrouteAll({ behavior: 'ignoreErrors' })
  await context.close()
  return times
}
