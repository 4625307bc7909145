import { readFileSync } from 'node:fs'
import type { Page, Request } from '@playwright/test'
import { appStarted, expect, test } from './fixtures.ts'

// The first-load budget (npm run size) counts every script in the build but the chunks it names
// as loaded by a reader's action. This proves an article page, left alone until the network is
// quiet, fetches none of those, so the budget counts what a reader really downloads.
const budget: unknown = JSON.parse(readFileSync('.size-limit.json', 'utf8'))
const leftOut = (Array.isArray(budget) ? budget : [])
  .flatMap((check: unknown) => {
    const paths: unknown = typeof check === 'object' && check ? Reflect.get(check, 'path') : []
    return Array.isArray(paths) ? paths : []
  })
  .filter((path): path is string => typeof path === 'string' && path.startsWith('!'))
  .map((path) => new RegExp(`/${path.split('/').pop()?.replace('-*.js', '')}-[\\w-]+\\.js$`))

// The page notes, by its own clock, when every link on it is React's (the app has started).
const noteWhenStarted = () => {
  const timer = setInterval(() => {
    const links = Array.from(document.querySelectorAll('#lede-root a[href]'))
    const live = (link: Element) => Object.keys(link).some((key) => key.startsWith('__reactProps$'))
    if (!links.length || !links.every(live)) return
    clearInterval(timer)
    Reflect.set(window, 'ledeStartedAt', performance.timeOrigin + performance.now())
  }, 5)
}

// The first moment from `from` on that no request is under way for `spell` ms: the network
// is idle. Times are the browser's, so a busy test runner noticing late changes nothing.
function quietFrom(requests: { start: number; end: number }[], from: number, spell = 500) {
  let at = from
  for (;;) {
    const busy = requests.filter(({ start, end }) => start < at + spell && end > at)
    if (!busy.length) return at
    at = Math.max(...busy.map(({ end }) => end))
  }
}

// Every script the page at `address` fetches until the network is first quiet after the app
// has started. Parts loaded once the first load is over may have started by the time a busy
// test runner looks; what counts is what was fetched before the quiet spell, by the browser's
// own request times.
async function scriptsByIdle(page: Page, address: string): Promise<string[]> {
  const requests: Request[] = []
  page.on('request', (request) => requests.push(request))
  await page.addInitScript(noteWhenStarted)
  await page.goto(address)
  await appStarted(page)
  await page.waitForLoadState('networkidle')
  const startedAt = await page.waitForFunction(() => Reflect.get(window, 'ledeStartedAt'))
  const timed = await Promise.all(
    requests.map(async (request) => {
      await request.response().catch(() => null)
      const { startTime, responseEnd } = request.timing()
      return { request, start: startTime, end: startTime + Math.max(responseEnd, 0) }
    }),
  )
  const idle = quietFrom(timed, Number(await startedAt.jsonValue()))
  return timed
    .filter(({ request, start }) => request.resourceType() === 'script' && start < idle)
    .map(({ request }) => new URL(request.url()).pathname)
}

test('an article page fetches, by network idle, no script the first-load budget leaves out', async ({
  page,
}) => {
  expect(leftOut.length).toBeGreaterThan(0)
  const scripts = await scriptsByIdle(page, '/articles/river-otters-return-to-the-brack')
  expect(scripts).toContain('/boot.js')
  expect(scripts.some((path) => path.startsWith('/assets/index-'))).toBe(true)
  expect(scripts.filter((path) => leftOut.some((pattern) => pattern.test(path)))).toEqual([])
})

// The front page's budget names the scripts it counts; by network idle the page fetches no other.
const frontPage = (Array.isArray(budget) ? budget : []).find(
  (check: unknown) =>
    typeof check === 'object' &&
    check &&
    String(Reflect.get(check, 'name')).startsWith('Front page'),
)
const counted: unknown = frontPage ? Reflect.get(frontPage, 'path') : []

test('the front page fetches, by network idle, only the scripts its first-load budget counts', async ({
  page,
}) => {
  const patterns = (Array.isArray(counted) ? counted : [])
    .filter((path): path is string => typeof path === 'string')
    .map(
      (path) => new RegExp(`^/${path.replace(/^dist\//, '').replace('-*.js', '-[\\w-]+\\.js')}$`),
    )
  expect(patterns.length).toBeGreaterThan(0)
  const scripts = await scriptsByIdle(page, '/')
  expect(scripts.some((path) => path.startsWith('/assets/list-route-'))).toBe(true)
  expect(scripts.filter((path) => !patterns.some((pattern) => pattern.test(path)))).toEqual([])
})
