import type { Browser, Page } from '@playwright/test'

// How long "next" and "previous" take from the click to the new headline.

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
// then would load the next page from the server, which is not what is being measured. The
// neighbour links are React's once it has.
async function openWithApp(page: Page, url: string): Promise<void> {
  await page.goto(url)
  // Anonymous inline functions only: the TypeScript runner would rename a named one.
  await page.waitForFunction(() => {
    const links = Array.from(document.querySelectorAll('#lede-main a[rel]'))
    return (
      links.length > 0 &&
      links.every((link) => Object.keys(link).some((key) => key.startsWith('__reactProps$')))
    )
  })
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
