import type { Browser, Page } from '@playwright/test'
import { meterNetwork, type Metered } from './network-meter.ts'

export type SearchQuery = Metered & { term: string; ms: number | null }
export type SearchFigures = { first: SearchQuery; later: SearchQuery[] }

type Expected = { status: string; first: string }

const field = (page: Page) => page.getByRole('searchbox', { name: 'Search the articles' })
const status = (page: Page) => page.getByRole('status')

// What the page shows for a term when opened on its own: the status line and the first
// headline, so the measured page is known to show this term's results, not the last one's.
async function expectedFor(browser: Browser, origin: string, term: string): Promise<Expected> {
  const context = await browser.newContext({ serviceWorkers: 'block' })
  const page = await context.newPage()
  await page.goto(`${origin}/search?q=${encodeURIComponent(term)}`)
  // "23 articles found", and when there are more than the first few, "; showing 1 to 5".
  await status(page)
    .filter({ hasText: / found(;|$)/ })
    .waitFor()
  const first = (await page.getByRole('heading', { level: 2 }).first().textContent()) ?? ''
  const expected = { status: (await status(page).textContent()) ?? '', first }
  await context.close()
  return expected
}

// Resolves, in the page, once the results of `expected` are on screen: at the first animation
// frame after they are there, timed from the last input event in the search field. Kept as
// source text: the TypeScript runner renames functions in ways the page cannot run.
const watchResults = `(expected) => {
  let lastInput = null
  document.addEventListener('input', (event) => { lastInput = event.timeStamp }, true)
  window.ledeBenchShown = new Promise((resolve) => {
    const shown = () =>
      document.querySelector('[role="status"]')?.textContent === expected.status &&
      document.querySelector('#lede-main h2')?.textContent === expected.first
    const observer = new MutationObserver(() => {
      if (!shown()) return
      observer.disconnect()
      requestAnimationFrame(() => resolve({ lastInput, shown: performance.now() }))
    })
    observer.observe(document.body, { childList: true, subtree: true, characterData: true })
  })
}`

async function typeAndWait(page: Page, term: string, expected: Expected): Promise<number | null> {
  await page.evaluate(`(${watchResults})(${JSON.stringify(expected)})`)
  // About as fast as a quick typist; the page searches once the typing pauses, as for a reader.
  await page.keyboard.type(term, { delay: 80 })
  // A page that never shows the expected results stops the bench with what it shows instead,
  // rather than waiting for ever.
  const result: unknown = await page.evaluate(`Promise.race([
    window.ledeBenchShown,
    new Promise((resolve) => setTimeout(() => resolve({
      status: document.querySelector('[role="status"]')?.textContent,
      first: document.querySelector('#lede-main h2')?.textContent,
      field: document.querySelector('input[type="search"]')?.value,
    }), 30000)),
  ])`)
  if (typeof result === 'object' && result && 'status' in result) {
    throw new Error(
      `"${term}": expected ${JSON.stringify(expected)}, shown ${JSON.stringify(result)}`,
    )
  }
  const lastInput: unknown =
    typeof result === 'object' && result && Reflect.get(result, 'lastInput')
  const shown: unknown = typeof result === 'object' && result && Reflect.get(result, 'shown')
  return typeof lastInput === 'number' && typeof shown === 'number' ? shown - lastInput : null
}

// A reader on an article presses `/`, types a word and sees its results: what that transfers in
// all (the search page's code, Pagefind, its index and the results' excerpts). Then, with the
// index loaded, each further word: what it transfers, and the time from its last keystroke to
// its results on screen. The service worker is off, so only the page's own fetches count.
export async function measureSearch(
  browser: Browser,
  articleUrl: string,
  terms: string[],
): Promise<SearchFigures> {
  const origin = new URL(articleUrl).origin
  const expected = new Map<string, Expected>()
  for (const term of terms) expected.set(term, await expectedFor(browser, origin, term))
  const context = await browser.newContext({ serviceWorkers: 'block' })
  const page = await context.newPage()
  const meter = meterNetwork(page)
  await page.goto(articleUrl, { waitUntil: 'networkidle' })
  await page.getByRole('button', { name: 'Reading settings' }).waitFor()
  // What the article page loads once its first load is over is not the search's.
  await meter.quiet(2_000)
  const queries: SearchQuery[] = []
  for (const [index, term] of terms.entries()) {
    const wanted = expected.get(term)
    if (!wanted) throw new Error(`no expected results for ${term}`)
    meter.start()
    if (index === 0) {
      await page.keyboard.press('/')
      await field(page).waitFor()
    } else {
      await field(page).selectText()
    }
    const ms = await typeAndWait(page, term, wanted)
    await meter.quiet()
    queries.push({ term, ms: index === 0 ? null : ms, ...meter.stop() })
  }
  await context.close()
  const [first, ...later] = queries
  if (!first) throw new Error('no search terms')
  return { first, later }
}
