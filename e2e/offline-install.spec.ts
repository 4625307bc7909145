import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { appStarted, expect, test } from './fixtures.ts'

const outDir = process.env.LEDE_DIST ?? 'dist'

test.use({ serviceWorkers: 'allow' })

// The list the build wrote into the worker (vite-plugin-pwa puts it in place of
// self.__WB_MANIFEST): what every reader's browser downloads when it installs Lede.
function precacheList(): string[] {
  const worker = readFileSync(path.join(outDir, 'sw.js'), 'utf8')
  const start = worker.indexOf('[{"revision"')
  const end = worker.indexOf('}]', start)
  expect(start, 'the worker carries a precache list').toBeGreaterThan(-1)
  const entries = z
    .array(z.object({ url: z.string(), revision: z.string().nullable() }))
    .parse(JSON.parse(worker.slice(start, end + 2)))
  return entries.map((entry) => entry.url)
}

// The app shell, and nothing else: scripts, styles, fonts, icons, the manifest, the offline page.
const shell = [
  /^assets\/[\w-]+\.(js|css|woff2)$/,
  /^boot\.js$/,
  /^offline\.html$/,
  /^favicon\.png$/,
  /^icons\/[\w-]+\.png$/,
  /^manifest\.webmanifest$/,
]

test('the worker precaches the app shell only, once each, and under a megabyte', () => {
  const urls = precacheList()
  expect(urls.filter((url) => !shell.some((pattern) => pattern.test(url)))).toEqual([])
  expect(new Set(urls).size, 'each file once').toBe(urls.length)
  // No article, list, topic, feed or search page, no data and no search index.
  for (const kept of [
    'articles/',
    'data/',
    'topics/',
    'authors/',
    'feeds/',
    'search/',
    'pagefind/',
  ]) {
    expect(
      urls.filter((url) => url.startsWith(kept)),
      kept,
    ).toEqual([])
  }
  expect(urls).not.toContain('index.html')
  expect(urls).toContain('offline.html')
  expect(urls.some((url) => /^assets\/index-[\w-]+\.js$/.test(url))).toBe(true)
  expect(urls.some((url) => /^assets\/index-[\w-]+\.css$/.test(url))).toBe(true)
  const bytes = urls.reduce((sum, url) => sum + statSync(path.join(outDir, url)).size, 0)
  // About 0.7 MB today, most of it fonts: a reader's first visit installs all of it.
  expect(bytes).toBeLessThan(1024 * 1024)
})

test('Lede installs: a complete web app manifest, and a worker holding the shell', async ({
  page,
  request,
}) => {
  await page.goto('/')
  const href = await page.locator('link[rel="manifest"]').getAttribute('href')
  expect(href).toBe('/manifest.webmanifest')
  const manifest = z
    .object({
      name: z.string(),
      short_name: z.string(),
      start_url: z.literal('/'),
      display: z.literal('standalone'),
      theme_color: z.string(),
      background_color: z.string(),
      icons: z.array(z.object({ src: z.string(), sizes: z.string(), purpose: z.string() })),
    })
    .parse(await (await request.get(href ?? '')).json())
  expect(manifest.name).toBe('Lede')
  const icons = manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`)
  expect(icons).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']))
  for (const icon of manifest.icons) {
    const response = await request.get(icon.src)
    expect(response.headers()['content-type'], icon.src).toBe('image/png')
  }
  await expect(page.locator('meta[name="theme-color"]')).toHaveCount(2)

  await appStarted(page)
  const precached = () =>
    page.evaluate(async () => {
      if (!navigator.serviceWorker.controller) return []
      const names = (await caches.keys()).filter((name) => name.startsWith('workbox-precache'))
      const keys = (await Promise.all(names.map(async (name) => (await caches.open(name)).keys())))
        .flat()
        .map((key) => new URL(key.url).pathname.slice(1))
      return keys.sort()
    })
  await expect.poll(precached, { timeout: 20_000 }).toEqual(precacheList().sort())
})
