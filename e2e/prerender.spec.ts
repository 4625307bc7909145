import type { Page } from '@playwright/test'
import { appStarted, expect, test } from './fixtures.ts'

const slug = 'river-otters-return-to-the-brack'
const headline = 'Otters return to the Brack after four decades away'

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false })

  test('an article is readable: headline, sections and neighbours', async ({ page }) => {
    await page.goto(`/articles/${slug}`)
    await expect(page.getByRole('heading', { level: 1, name: headline })).toBeVisible()
    await expect(page).toHaveTitle(`${headline} – Lede`)
    await expect(page.getByRole('navigation', { name: 'Contents' }).getByRole('link')).toHaveText([
      'How the survey was done',
      'Why they came back',
      'What happens next',
    ])
    await expect(page.getByRole('heading', { level: 2, name: 'Why they came back' })).toBeVisible()
    const neighbours = page.getByRole('navigation', { name: 'More articles' })
    await expect(neighbours.getByRole('link', { name: /Harwick tram extension/ })).toBeVisible()
    await expect(neighbours.getByRole('link', { name: /tidal barrier/ })).toBeVisible()
  })

  test('the list is readable', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1, name: 'Front page' })).toBeAttached()
    await expect(page.getByRole('region', { name: 'Top story' })).toBeVisible()
    await expect(page.getByRole('link', { name: headline })).toBeVisible()
  })
})

test('an article page carries its title, description, canonical address and Open Graph tags', async ({
  request,
}) => {
  const response = await request.get(`/articles/${slug}`)
  expect(response.status()).toBe(200)
  const html = await response.text()
  expect(html).toContain(`<title>${headline} – Lede</title>`)
  expect(html).toMatch(/<meta name="description" content="[^"]+"\/>/)
  expect(html).toMatch(new RegExp(`<link rel="canonical" href="https?://[^"]+/articles/${slug}"/>`))
  expect(html).toContain(`<meta property="og:title" content="${headline}"/>`)
  expect(html).toMatch(/<meta property="og:description" content="[^"]+"\/>/)
  expect(html).toMatch(
    new RegExp(`<meta property="og:url" content="https?://[^"]+/articles/${slug}"/>`),
  )
  expect(html).toContain('<meta property="og:type" content="article"/>')
  // Exactly one title: the template's own is replaced, not joined.
  expect(html.match(/<title>/g)).toHaveLength(1)
  // The page's data travels as inert JSON, never as a script that runs.
  expect(html).toMatch(/<script type="application\/json" id="lede-data">/)
})

for (const path of [`/articles/${slug}`, '/']) {
  test(`${path} hydrates the prerendered markup without warnings or refetching`, async ({
    page,
  }) => {
    const messages: string[] = []
    page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`))
    const dataRequests: string[] = []
    page.on('request', (request) => {
      if (request.url().includes('/data/')) dataRequests.push(request.url())
    })
    // Rendering afresh would remove the prerendered headline; hydration keeps the same element.
    await page.addInitScript(() => {
      const removed: string[] = []
      Object.assign(window, { removedHeadlines: removed })
      new MutationObserver((records) => {
        for (const record of records)
          for (const node of record.removedNodes)
            if (node instanceof Element && (node.matches('h1') || node.querySelector('h1')))
              removed.push(node.nodeName)
      }).observe(document, { childList: true, subtree: true })
    })
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    // A control that works proves the app is running on this markup.
    if (path === '/') {
      await page.getByRole('link', { name: headline }).focus()
      expect(await page.evaluate(() => Reflect.get(window, 'removedHeadlines'))).toEqual([])
      await appStarted(page)
      await page.getByRole('link', { name: headline }).click()
      await expect(page.getByRole('heading', { level: 1, name: headline })).toBeVisible()
    } else {
      await appStarted(page)
      await page.getByRole('button', { name: 'No time to read? Get a summary' }).click()
      await expect(page.getByRole('region', { name: 'Summary' })).toBeVisible()
      expect(await page.evaluate(() => Reflect.get(window, 'removedHeadlines'))).toEqual([])
    }
    expect(messages.filter((message) => /hydrat|#418|#423|#425/i.test(message))).toEqual([])
    expect(
      dataRequests.filter((url) => url.includes('/list/') || url.includes(`${slug}.json`)),
    ).toEqual(path === '/' ? [expect.stringContaining(`${slug}.json`)] : [])
  })
}

// The app's script is held back, as on a slow network: what works then works without the app.
async function holdTheApp(page: Page) {
  let release = () => {}
  const held = new Promise<void>((resolve) => {
    release = resolve
  })
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await held
    await route.continue()
  })
  return release
}

test('the summary opens and closes before the app has started, and the app takes it as it is', async ({
  page,
}) => {
  const release = await holdTheApp(page)
  // The script is only asked for once the page has painted, so the load event may wait on it.
  await page.goto(`/articles/${slug}`, { waitUntil: 'domcontentloaded' })
  const summary = page.getByRole('region', { name: 'Summary' })
  await page.getByRole('button', { name: 'No time to read? Get a summary' }).click()
  await expect(summary).toBeVisible()
  const hide = page.getByRole('button', { name: 'Hide the summary' })
  await expect(hide).toHaveAttribute('aria-expanded', 'true')
  release()
  await appStarted(page)
  await expect(summary).toBeVisible()
  await hide.click()
  await expect(summary).toBeHidden()
  await expect(
    page.getByRole('button', { name: 'No time to read? Get a summary' }),
  ).toHaveAttribute('aria-expanded', 'false')
})

test('a reader who likes the summary open finds it open in the next page as it is painted', async ({
  page,
}) => {
  await page.goto(`/articles/${slug}`)
  await appStarted(page)
  await page.getByRole('button', { name: 'No time to read? Get a summary' }).click()
  await expect(page.getByRole('region', { name: 'Summary' })).toBeVisible()

  const release = await holdTheApp(page)
  await page.goto('/articles/harwick-tram-extension-approved', { waitUntil: 'domcontentloaded' })
  // Open before any of the app has run: the page was painted this way.
  await expect(page.getByRole('region', { name: 'Summary' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Hide the summary' })).toHaveAttribute(
    'aria-expanded',
    'true',
  )
  release()
  await appStarted(page)
  await expect(page.getByRole('region', { name: 'Summary' })).toBeVisible()
})

const pageColour = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)
const headlineSize = (page: Page) =>
  page
    .getByRole('heading', { level: 1 })
    .evaluate((element) => parseFloat(getComputedStyle(element).fontSize))

test('the reading settings work before the app has started, and the app keeps the choice', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' })
  const release = await holdTheApp(page)
  await page.goto(`/articles/${slug}`, { waitUntil: 'domcontentloaded' })
  // The page's own colour once its stylesheet has applied: read sooner, it is the transparent
  // of no style at all, and the light theme chosen later would never match it.
  await expect.poll(() => pageColour(page)).not.toBe('rgba(0, 0, 0, 0)')
  const light = await pageColour(page)
  const opener = page.getByRole('button', { name: 'Reading settings' })
  await opener.click()
  await page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'Dark' }).check()
  await expect.poll(() => pageColour(page)).not.toBe(light)
  const dark = await pageColour(page)
  await page.keyboard.press('Escape')
  await expect(page.getByRole('group', { name: 'Theme' })).toBeHidden()
  await expect(opener).toBeFocused()

  release()
  await appStarted(page)
  expect(await pageColour(page)).toBe(dark)
  await opener.click()
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked()
  // The app answers the settings now: back to light, and the next page is painted light.
  await page.getByRole('radio', { name: 'Light' }).check()
  await expect.poll(() => pageColour(page)).toBe(light)
  await page.reload()
  expect(await pageColour(page)).toBe(light)
})

test('a choice kept before the app started is the one the settings show before it starts', async ({
  page,
}) => {
  await page.goto(`/articles/${slug}`)
  await appStarted(page)
  await page.getByRole('button', { name: 'Reading settings' }).click()
  await page.getByRole('radio', { name: 'Largest' }).check()

  const release = await holdTheApp(page)
  await page.reload({ waitUntil: 'domcontentloaded' })
  await page.getByRole('button', { name: 'Reading settings' }).click()
  const textSize = page.getByRole('group', { name: 'Text size' })
  await expect(textSize.getByRole('radio', { name: 'Largest' })).toBeChecked()
  const largest = await headlineSize(page)
  // Back to the default, which the server's HTML had checked: the page follows.
  await textSize.getByRole('radio', { name: 'Medium' }).check()
  await expect.poll(() => headlineSize(page)).toBeLessThan(largest)
  release()
  await appStarted(page)
  await expect(textSize.getByRole('radio', { name: 'Medium' })).toBeChecked()
  await page.reload()
  await page.getByRole('button', { name: 'Reading settings' }).click()
  await expect(textSize.getByRole('radio', { name: 'Medium' })).toBeChecked()
})

test.describe('with scripts off', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 375, height: 667 } })

  test('the summary and the contents are shown, with no button that could not open them', async ({
    page,
  }) => {
    await page.goto(`/articles/${slug}`)
    await expect(page.getByRole('region', { name: 'Summary' })).toBeVisible()
    await expect(page.getByRole('button', { name: /summary/ })).toHaveCount(0)
    const contents = page.getByRole('navigation', { name: 'Contents' })
    await expect(contents.getByRole('link', { name: 'What happens next' })).toBeVisible()
    await expect(contents.getByRole('button')).toHaveCount(0)
  })

  test('the reading settings open, and change the page while it is open', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' })
    await page.goto(`/articles/${slug}`)
    const light = await pageColour(page)
    const size = await headlineSize(page)
    await page.getByRole('button', { name: 'Reading settings' }).click()
    const textSize = page.getByRole('group', { name: 'Text size' })
    await textSize.getByRole('radio', { name: 'Largest' }).check()
    await page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'Dark' }).check()
    expect(await headlineSize(page)).toBeGreaterThan(size * 1.2)
    expect(await pageColour(page)).not.toBe(light)
    await page.getByRole('button', { name: 'Close' }).click()
    await expect(textSize).toBeHidden()
    expect(await headlineSize(page)).toBeGreaterThan(size * 1.2)
  })
})

test.describe('an unknown address', () => {
  // The browser logs the 404 answer itself as a console error.
  test.use({ allowedConsoleErrors: [/status of 404/] })

  test('answers 404 with the not-found page', async ({ page }) => {
    const response = await page.goto('/no/such/page')
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'All articles' })).toBeVisible()
    const html = (await response?.text()) ?? ''
    expect(html).toContain('<meta name="robots" content="noindex"/>')
  })
})
