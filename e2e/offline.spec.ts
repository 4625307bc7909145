import type { BrowserContext, Page } from '@playwright/test'
import { appStarted, expect, test } from './fixtures.ts'

const otters = {
  slug: 'river-otters-return-to-the-brack',
  title: 'Otters return to the Brack after four decades away',
}
const tram = {
  slug: 'harwick-tram-extension-approved',
  title: 'Harwick tram extension to Saltmarsh approved after five-year wait',
}
const flu = { slug: 'winter-flu-clinics-open-early' }

test.use({
  serviceWorkers: 'allow',
  // Offline, the browser reports each request the network refused. (One pattern: Playwright
  // would read an array of two as a value and its options.)
  allowedConsoleErrors: [/Failed to load resource|ERR_INTERNET_DISCONNECTED/],
})

// The worker is registered once the page is idle; it is ready when it controls the page and has
// kept the page the reader is on.
async function offlineReady(page: Page) {
  await appStarted(page)
  const ready = () =>
    page.evaluate(async () => {
      if (!navigator.serviceWorker.controller) return false
      const here = new URL(window.location.href)
      here.hash = ''
      return Boolean(await caches.match(here.href))
    })
  await expect.poll(ready, { timeout: 20_000 }).toBe(true)
}

async function goOffline(context: BrowserContext) {
  await context.setOffline(true)
}

test('an article the reader opened opens again offline', async ({ page, context, checkA11y }) => {
  await page.goto(`/articles/${otters.slug}`)
  await offlineReady(page)
  await goOffline(context)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: otters.title })).toBeVisible()
  await appStarted(page)
  await expect(page.getByRole('button', { name: 'Save for offline' })).toBeVisible()
  await checkA11y(page)
})

test('the front page opens offline with the articles last seen', async ({
  page,
  context,
  checkA11y,
}) => {
  await page.goto('/')
  await offlineReady(page)
  await goOffline(context)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Front page' })).toBeAttached()
  await expect(page.getByRole('region', { name: 'Top story' })).toBeVisible()
  await expect(page.getByRole('link', { name: tram.title })).toBeVisible()
  await checkA11y(page)
})

test('an article saved from the front page opens offline in a new tab, and is listed on the Saved page', async ({
  page,
  context,
  checkA11y,
}) => {
  await page.goto('/')
  await offlineReady(page)
  const save = page.getByRole('button', { name: `Save for offline: ${tram.title}` })
  await save.click()
  await expect(save).toHaveAttribute('aria-pressed', 'true')

  await page.getByRole('link', { name: 'Saved' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Saved articles' })).toBeVisible()
  const item = page.getByRole('listitem').filter({ hasText: tram.title })
  await expect(item).toContainText(/\d+ kB, saved \d+ \w+ \d{4}/)
  await expect(page.getByText(/Your browser (has|does not)/)).toBeVisible()
  await checkA11y(page)

  await goOffline(context)
  const tab = await context.newPage()
  await tab.goto(`/articles/${tram.slug}`)
  await expect(tab.getByRole('heading', { level: 1, name: tram.title })).toBeVisible()
  // Its map was saved with it, though this browser never showed it.
  const map = tab.getByRole('img', { name: /^A map of Harwick’s tram network/ })
  await map.scrollIntoViewIfNeeded()
  await expect
    .poll(() => map.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth))
    .toBeGreaterThan(0)
  await tab.close()

  // Followed in the app, offline, the saved copy of its data is used.
  await page.getByRole('link', { name: tram.title }).click()
  await expect(page.getByRole('heading', { level: 1, name: tram.title })).toBeVisible()
})

test('an article neither opened nor saved says so offline and offers the saved ones', async ({
  page,
  context,
  checkA11y,
}) => {
  await page.goto(`/articles/${otters.slug}`)
  await offlineReady(page)
  await page.getByRole('button', { name: 'Save for offline' }).click()
  await expect(page.getByRole('button', { name: 'Save for offline' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await goOffline(context)
  await page.goto(`/articles/${flu.slug}`)
  await expect(
    page.getByRole('heading', { level: 1, name: 'This article is not available offline' }),
  ).toBeVisible()
  const saved = page.getByRole('region', { name: 'Saved for offline reading' })
  await expect(saved.getByRole('link', { name: otters.title })).toBeVisible()
  await checkA11y(page)
  await saved.getByRole('link', { name: otters.title }).click()
  await expect(page.getByRole('heading', { level: 1, name: otters.title })).toBeVisible()
})

test('saved articles can be removed one at a time or all at once', async ({ page }) => {
  await page.goto('/')
  await offlineReady(page)
  for (const title of [tram.title, otters.title]) {
    const save = page.getByRole('button', { name: `Save for offline: ${title}` })
    await save.click()
    await expect(save).toHaveAttribute('aria-pressed', 'true')
  }
  await page.getByRole('link', { name: 'Saved' }).click()
  await expect(page.getByText(/^2 articles, \d+ kB/)).toBeVisible()
  await page.getByRole('button', { name: `Remove ${tram.title}` }).click()
  await expect(page.getByRole('link', { name: tram.title })).toHaveCount(0)
  await expect(page.getByText(/^One article, \d+ kB/)).toBeVisible()
  await page.getByRole('button', { name: 'Remove all saved articles' }).click()
  await expect(page.getByText(/No saved articles yet/)).toBeVisible()
})

test('an article read to its end is marked read in the list, and the marks can be cleared', async ({
  page,
  checkA11y,
}) => {
  // Three pages, each with tools that arrive once it is idle.
  test.slow()
  await page.goto(`/articles/${otters.slug}`)
  await appStarted(page)
  await expect(page.getByRole('button', { name: 'Save for offline' })).toBeVisible()
  // The reader goes to the end, and again should the page have grown under them, until they see
  // the end reached (the progress bar full).
  const bar = page.locator('.reading-progress')
  const full = await page.evaluate(() => document.documentElement.clientWidth)
  await expect
    .poll(async () => {
      await page.keyboard.press('End')
      return bar.evaluate((element) => Math.round(element.getBoundingClientRect().width))
    })
    .toBe(full)
  await page.getByRole('link', { name: 'Lede', exact: true }).click()
  // Each story of the front page carries its mark, the lead as much as the list below.
  const story = (title: string) =>
    page.getByRole('article').filter({ has: page.getByRole('link', { name: title }) })
  const item = story(otters.title)
  await expect(item.getByText('Read', { exact: true })).toBeVisible()
  await expect(story(tram.title).getByText('Read', { exact: true })).toHaveCount(0)
  await checkA11y(page)

  await page.getByRole('link', { name: 'Saved' }).click()
  await expect(page.getByText('One article is marked as read in the lists.')).toBeVisible()
  await page.getByRole('button', { name: 'Clear read marks' }).click()
  await expect(page.getByText('No articles are marked as read.')).toBeVisible()
  await page.getByRole('link', { name: 'Lede', exact: true }).click()
  await expect(page.getByRole('link', { name: otters.title })).toBeVisible()
  await expect(item.getByText('Read', { exact: true })).toHaveCount(0)
})
