import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'

const otters = '/articles/river-otters-return-to-the-brack'
const longRead = '/articles/the-long-read-how-harwick-learned-to-live-with-the-sea'
const light = 'rgb(255, 255, 255)'
const dark = 'rgb(22, 24, 28)'

const pageBackground = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)

// The app's JavaScript answers with nothing, so what shows is the HTML, the CSS and the
// theme script alone: the first paint.
async function withoutApp(page: Page) {
  await page.route(/\/assets\/index-[^/]*\.js$/, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: '' }),
  )
}

async function openSettings(page: Page) {
  await page.getByRole('button', { name: 'Reading settings' }).click()
}

test('the progress bar follows the reader without moving anything', async ({ page }) => {
  await page.goto(longRead)
  await expect(page.getByRole('button', { name: 'Keyboard shortcuts' })).toBeVisible()
  await page.evaluate(() => {
    const shifts: string[] = []
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const sources: unknown = Reflect.get(entry, 'sources')
        const nodes = Array.isArray(sources)
          ? sources.map((source) => String(source.node?.className))
          : []
        shifts.push(`${Reflect.get(entry, 'value')} ${nodes.join(',')}`)
      }
    }).observe({ type: 'layout-shift' })
    Reflect.set(window, 'shifts', shifts)
  })
  await page.keyboard.press('End')
  // The bar is decoration: hidden from assistive technology, drawn across the full width.
  const bar = page.locator('.reading-progress')
  await expect(bar).toHaveAttribute('aria-hidden', 'true')
  await expect
    .poll(() => bar.evaluate((element) => element.getBoundingClientRect().width))
    .toBe(await page.evaluate(() => document.documentElement.clientWidth))
  expect(await page.evaluate(() => Reflect.get(window, 'shifts'))).toEqual([])
})

test('reopening an article offers to resume where the reader left off', async ({ page }) => {
  await page.goto(longRead)
  await expect(page.getByRole('button', { name: 'Keyboard shortcuts' })).toBeVisible()
  await page.getByRole('heading', { level: 2, name: 'Outside the wall' }).scrollIntoViewIfNeeded()
  const where = await page.evaluate(() => window.scrollY)
  await page.goto('/')
  await page.goto(longRead)
  const resume = page.getByRole('button', { name: 'Resume where you left off' })
  await resume.click()
  await expect(resume).toBeHidden()
  const now = await page.evaluate(() => window.scrollY)
  expect(Math.abs(now - where)).toBeLessThan(40)

  await page.goto('/')
  await page.goto(longRead)
  await page.getByRole('button', { name: 'Dismiss' }).click()
  await expect(resume).toBeHidden()
  expect(await page.evaluate(() => window.scrollY)).toBe(0)
})

test.describe('with a dark system theme', () => {
  test.use({ colorScheme: 'dark' })

  test('dark follows the system, and a chosen light theme is there from the first paint', async ({
    page,
  }) => {
    await page.goto(otters)
    expect(await pageBackground(page)).toBe(dark)
    await openSettings(page)
    await page.getByRole('radio', { name: 'Light' }).check()
    expect(await pageBackground(page)).toBe(light)

    await withoutApp(page)
    await page.reload()
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    expect(await pageBackground(page)).toBe(light)
  })
})

test('a saved dark theme is painted before any of the app runs', async ({ page }) => {
  await page.addInitScript(() => window.localStorage.setItem('lede:theme', 'dark'))
  await withoutApp(page)
  await page.goto(otters)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  expect(await pageBackground(page)).toBe(dark)
})

test('text size, line width and the legible font are kept', async ({ page }) => {
  const fonts: string[] = []
  page.on('request', (request) => {
    if (request.url().endsWith('.woff2')) fonts.push(new URL(request.url()).origin)
  })
  await page.goto(otters)
  const paragraph = page.getByText(/^./).and(page.locator('.prose-body p')).first()
  const sizeBefore = await paragraph.evaluate((element) => getComputedStyle(element).fontSize)
  await openSettings(page)
  const settings = page.getByRole('group', { name: 'Text size' })
  await settings.getByRole('radio', { name: 'Largest' }).check()
  await page
    .getByRole('group', { name: 'Line width' })
    .getByRole('radio', { name: 'Narrow' })
    .check()
  await page.getByRole('radio', { name: /Atkinson Hyperlegible/ }).check()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('button', { name: 'Reading settings' })).toBeFocused()

  await page.reload()
  await expect(paragraph).toBeVisible()
  const style = await paragraph.evaluate((element) => {
    const computed = getComputedStyle(element.closest('.prose-body') ?? element)
    return { size: computed.fontSize, width: computed.maxWidth, family: computed.fontFamily }
  })
  expect(parseFloat(style.size)).toBeGreaterThan(parseFloat(sizeBefore))
  // Narrow is 28 characters' widths of the text size: 28 × 28 px at the largest size.
  expect(style.width).toBe('784px')
  expect(style.family).toContain('Atkinson Hyperlegible')
  await expect.poll(() => fonts.length).toBeGreaterThan(0)
  expect(new Set(fonts)).toEqual(new Set([new URL(page.url()).origin]))
})

test('the summary stays open for a reader who likes it open', async ({ page }) => {
  await page.goto(otters)
  const toggle = page.getByRole('button', { name: 'No time to read? Get a summary' })
  await toggle.click()
  await expect(page.getByRole('region', { name: 'Summary' })).toBeVisible()
  await page.goto('/articles/harwick-tram-extension-approved')
  await expect(page.getByRole('region', { name: 'Summary' })).toBeVisible()
  await page.getByRole('button', { name: 'Hide the summary' }).click()
  await page.reload()
  await expect(page.getByRole('button', { name: 'Keyboard shortcuts' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Summary' })).toBeHidden()
})

test('printing gives the article and its open summary, without navigation or controls', async ({
  page,
}) => {
  await page.goto(otters)
  await page.getByRole('button', { name: 'No time to read? Get a summary' }).click()
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Summary' })).toBeVisible()
  await expect(page.getByRole('banner')).toBeHidden()
  await expect(page.getByRole('navigation')).toHaveCount(0)
  await expect(page.getByRole('button')).toHaveCount(0)
})

test('high contrast keeps boundaries and the current section visible', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' })
  await page.goto(`${otters}#what-happens-next`)
  const current = page
    .getByRole('navigation', { name: 'Contents' })
    .getByRole('link', { name: 'What happens next' })
  await expect(current).toHaveAttribute('aria-current', 'location')
  expect(await current.evaluate((element) => getComputedStyle(element).textDecorationLine)).toBe(
    'underline',
  )
  const toggle = page.getByRole('button', { name: 'No time to read? Get a summary' })
  const border = await toggle.evaluate(
    (element) => getComputedStyle(element.parentElement ?? element).borderTopStyle,
  )
  expect(border).toBe('solid')
})

for (const width of [375, 1280]) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`no accessibility violations at ${width} px in the ${scheme} theme`, async ({
      page,
      checkA11y,
    }) => {
      // axe over a whole article is heavy on a busy machine.
      test.slow()
      await page.setViewportSize({ width, height: 800 })
      await page.emulateMedia({ colorScheme: scheme })
      await page.goto(otters)
      await page.getByRole('button', { name: 'No time to read? Get a summary' }).click()
      await expect(page.getByRole('button', { name: 'Keyboard shortcuts' })).toBeVisible()
      await page.getByRole('button', { name: 'Reading settings' }).click()
      await expect(page.getByRole('group', { name: 'Theme' })).toBeVisible()
      await checkA11y(page)
    })
  }
}
