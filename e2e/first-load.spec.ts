import { readFileSync } from 'node:fs'
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

test('an article page fetches, by network idle, no script the first-load budget leaves out', async ({
  page,
}) => {
  expect(leftOut.length).toBeGreaterThan(0)
  const scripts: string[] = []
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname)
  })
  await page.goto('/articles/river-otters-return-to-the-brack')
  // The app is fetched after the first paint, which a busy machine can hold back past a quiet spell.
  await appStarted(page)
  await page.waitForLoadState('networkidle')
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
  const scripts: string[] = []
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname)
  })
  await page.goto('/')
  await appStarted(page)
  await page.waitForLoadState('networkidle')
  expect(scripts.some((path) => path.startsWith('/assets/list-route-'))).toBe(true)
  expect(scripts.filter((path) => !patterns.some((pattern) => pattern.test(path)))).toEqual([])
})
