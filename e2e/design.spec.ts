import type { Locator, Page } from '@playwright/test'
import { appStarted, expect, test } from './fixtures.ts'

const otters = '/articles/river-otters-return-to-the-brack'
const arabic = '/articles/arabic-community-radio-turns-ten'

const left = (locator: Locator) =>
  locator.evaluate((element) => Math.round(element.getBoundingClientRect().left))
const right = (locator: Locator) =>
  locator.evaluate((element) => Math.round(element.getBoundingClientRect().right))

// Characters a line holds: a long paragraph's text over the lines it takes.
const charactersPerLine = (paragraph: Locator) =>
  paragraph.evaluate((element) => {
    const range = document.createRange()
    range.selectNodeContents(element)
    const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size
    return (element.textContent ?? '').length / lines
  })

const longParagraph = (page: Page) =>
  page.locator('.prose-body p').filter({ hasText: /camera-trap nights/ })

// WCAG's relative luminance and contrast ratio, from computed rgb() colours.
function contrast(foreground: string, background: string): number {
  const luminance = (colour: string) => {
    const [r = 0, g = 0, b = 0] = (colour.match(/\d+(\.\d+)?/g) ?? []).map(Number).map((value) => {
      const channel = value / 255
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4
    })
    return 0.2126 * r + 0.7152 * g + 0.0722 * b
  }
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a)
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05)
}

test('on a wide screen the headline, summary, body and neighbours share one column at the measure, beside the contents', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.goto(otters)
  const headline = page.getByRole('heading', { level: 1 })
  // The summary's box, around its button.
  const summary = page.getByRole('button', { name: /Get a summary/ }).locator('..')
  const body = page.locator('.prose-body')
  const neighbours = page.getByRole('navigation', { name: 'More articles' })
  const wordmark = page.getByRole('link', { name: 'Lede' })
  const edge = await left(wordmark)
  for (const part of [headline, summary, body, neighbours]) expect(await left(part)).toBe(edge)
  const column = await right(body)
  for (const part of [summary, neighbours]) expect(await right(part)).toBe(column)
  expect(await right(headline)).toBeLessThanOrEqual(column)

  const perLine = await charactersPerLine(longParagraph(page))
  expect(perLine).toBeGreaterThanOrEqual(60)
  expect(perLine).toBeLessThanOrEqual(75)

  // The contents sit beside the column, at the header's far edge.
  const contents = page.getByRole('navigation', { name: 'Contents' })
  expect(await left(contents)).toBeGreaterThan(column)
  await appStarted(page)
  expect(await right(contents)).toBe(
    await right(page.getByRole('button', { name: 'Reading settings' })),
  )
})

test('the front page starts the list at the wordmark’s edge', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.goto('/')
  const edge = await left(page.getByRole('link', { name: 'Lede' }))
  expect(await left(page.getByRole('heading', { level: 2, name: 'Top story' }))).toBe(edge)
  expect(await left(page.getByRole('article').first())).toBe(edge)
})

test('the text and the chrome are set in the faces served by the site', async ({ page }) => {
  const fonts: string[] = []
  page.on('request', (request) => {
    if (request.url().endsWith('.woff2')) fonts.push(request.url())
  })
  await page.goto(otters)
  await appStarted(page)
  const families = await page.evaluate(async () => {
    await document.fonts.ready
    return [...document.fonts].filter((face) => face.status === 'loaded').map((face) => face.family)
  })
  expect(families).toEqual(expect.arrayContaining(['Source Serif 4', 'Source Sans 3']))
  expect(fonts.length).toBeGreaterThan(0)
  for (const font of fonts) expect(new URL(font).origin).toBe(new URL(page.url()).origin)
  await expect(longParagraph(page)).toHaveCSS('font-family', /^"Source Serif 4"/)
  await expect(page.getByRole('button', { name: 'Reading settings' })).toHaveCSS(
    'font-family',
    /^"Source Sans 3"/,
  )
})

test('an Arabic article is set in one Arabic face and mirrored', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.goto(arabic)
  const paragraph = page.locator('.prose-body p').first()
  await expect(paragraph).toHaveCSS('font-family', /^"Noto Naskh Arabic"/)
  await expect(paragraph).toHaveCSS('direction', 'rtl')
  // Mirrored: the column starts at the right, the contents sit to its left.
  const body = page.locator('.prose-body')
  const contents = page.getByRole('navigation', { name: 'المحتويات' })
  expect(await right(contents)).toBeLessThan(await left(body))
  const summary = page.getByRole('button', { name: /./ }).filter({ has: page.locator('span') })
  expect(await summary.first().evaluate((element) => getComputedStyle(element).direction)).toBe(
    'rtl',
  )
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 667 } })

  test('the first line of the article is on the first screen', async ({ page }) => {
    await page.goto(otters)
    const firstParagraph = page.locator('.prose-body p').first()
    const top = await firstParagraph.evaluate((element) => element.getBoundingClientRect().top)
    const lineHeight = await firstParagraph.evaluate((element) =>
      parseFloat(getComputedStyle(element).lineHeight),
    )
    expect(top + lineHeight).toBeLessThanOrEqual(667)
    // Nothing scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(375)
  })

  test('the header and contents bar step aside while reading down and come back on a move up', async ({
    page,
  }) => {
    await page.goto(otters)
    await appStarted(page)
    const header = page.getByRole('banner')
    const contents = page.getByRole('navigation', { name: 'Contents' })
    const bottom = (locator: Locator) =>
      locator.evaluate((element) => element.getBoundingClientRect().bottom)
    await page.mouse.move(187, 400)
    await page.mouse.wheel(0, 600)
    await expect.poll(() => bottom(header)).toBeLessThanOrEqual(0)
    await expect.poll(() => bottom(contents)).toBeLessThanOrEqual(0)
    await page.mouse.wheel(0, -100)
    await expect.poll(() => bottom(header)).toBeGreaterThan(0)
    await expect(page.getByRole('button', { name: /Contents/ })).toBeInViewport()

    // Away again, the keyboard brings them back: the focus is never hidden.
    await page.mouse.wheel(0, 600)
    await expect.poll(() => bottom(header)).toBeLessThanOrEqual(0)
    await page.getByRole('link', { name: 'Lede', exact: true }).focus()
    await expect.poll(() => bottom(header)).toBeGreaterThan(0)
  })
})

test.describe('in the dark theme', () => {
  test.use({ colorScheme: 'dark' })

  test('text is soft but clear, and surfaces and borders still separate', async ({ page }) => {
    await page.goto(otters)
    const page_ = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    const pageColour =
      page_ === 'rgba(0, 0, 0, 0)'
        ? await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)
        : page_
    const text = await longParagraph(page).evaluate((element) => getComputedStyle(element).color)
    const ratio = contrast(text, pageColour)
    expect(ratio).toBeGreaterThanOrEqual(7)
    expect(ratio).toBeLessThanOrEqual(15)
    expect(text).not.toBe('rgb(255, 255, 255)')
    const box = page.locator('.summary')
    const surface = await box.evaluate((element) => getComputedStyle(element).backgroundColor)
    const border = await box.evaluate((element) => getComputedStyle(element).borderTopColor)
    expect(surface).not.toBe(pageColour)
    expect(contrast(border, pageColour)).toBeGreaterThan(contrast(surface, pageColour))
    // Secondary text stays readable on the surface too.
    const muted = await page
      .locator('.standfirst')
      .evaluate((element) => getComputedStyle(element).color)
    expect(contrast(muted, pageColour)).toBeGreaterThanOrEqual(7)
  })
})

test('on paper: the site and the address, links with their URLs, no screen controls', async ({
  page,
}) => {
  await page.goto(otters)
  await appStarted(page)
  await page.emulateMedia({ media: 'print' })
  const masthead = page.getByText(/^Lede · http/)
  await expect(masthead).toBeVisible()
  await expect(masthead).toContainText(`${new URL(page.url()).origin}${otters}`)
  await expect(page.getByRole('button')).toHaveCount(0)
  await expect(page.getByRole('banner')).toBeHidden()
  const external = page.locator('.prose-body a[href^="http"]').first()
  const href = (await external.getAttribute('href')) ?? 'no external link'
  const after = await external.evaluate((element) => getComputedStyle(element, '::after').content)
  expect(after).toContain(href)
  // A paper measure: about 70 characters of 11 pt text.
  const perLine = await charactersPerLine(longParagraph(page))
  expect(perLine).toBeGreaterThanOrEqual(60)
  expect(perLine).toBeLessThanOrEqual(80)
})

test('the page does not shift as it loads, its fonts arrive and the app takes over', async ({
  page,
}) => {
  await page.addInitScript(() => {
    let total = 0
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) total += Number(Reflect.get(entry, 'value'))
      Reflect.set(window, 'shifted', total)
    }).observe({ type: 'layout-shift', buffered: true })
    Reflect.set(window, 'shifted', 0)
  })
  for (const [path, settings] of [
    [otters, 'Reading settings'],
    [arabic, 'إعدادات القراءة'],
    ['/', 'Reading settings'],
  ] as const) {
    await page.goto(path)
    await expect(page.getByRole('button', { name: settings })).toBeVisible()
    await page.evaluate(() => document.fonts.ready)
    expect(await page.evaluate(() => Reflect.get(window, 'shifted'))).toBe(0)
  }
})

test('the reading settings close by their button, Escape and a click outside', async ({ page }) => {
  await page.goto(otters)
  const opener = page.getByRole('button', { name: 'Reading settings' })
  const theme = page.getByRole('group', { name: 'Theme' })
  await opener.click()
  await expect(theme).toBeVisible()
  await page.getByRole('button', { name: 'Close' }).click()
  await expect(theme).toBeHidden()
  await expect(opener).toBeFocused()
  await opener.click()
  await page.keyboard.press('Escape')
  await expect(theme).toBeHidden()
  await opener.click()
  await page.getByRole('heading', { level: 1 }).click()
  await expect(theme).toBeHidden()
})

test('the largest text size scales the headline and standfirst too', async ({ page }) => {
  await page.goto(otters)
  const headline = page.getByRole('heading', { level: 1 })
  const size = () => headline.evaluate((element) => parseFloat(getComputedStyle(element).fontSize))
  const before = await size()
  await page.getByRole('button', { name: 'Reading settings' }).click()
  await page.getByRole('radio', { name: 'Largest' }).check()
  expect(await size()).toBeGreaterThan(before * 1.2)
})

test.describe('on the narrowest phone, at the largest text size', () => {
  test.use({ viewport: { width: 320, height: 640 } })

  test('the byline, date and reading time wrap with no line beginning with a dot', async ({
    page,
  }) => {
    await page.goto(otters)
    await appStarted(page)
    await page.getByRole('button', { name: 'Reading settings' }).click()
    await page.getByRole('radio', { name: 'Largest' }).check()
    await page.getByRole('button', { name: 'Close' }).click()
    const items = await page.locator('.meta-line > *').evaluateAll((elements) =>
      elements.map((element) => ({
        top: Math.round(element.getBoundingClientRect().top),
        before: getComputedStyle(element, '::before').content,
        after: getComputedStyle(element, '::after').content,
      })),
    )
    expect(items.length).toBe(3)
    // The line wraps at this size, so there is a second line to look at.
    expect(new Set(items.map((item) => item.top)).size).toBeGreaterThan(1)
    // A dot stands between each two items...
    for (const item of items.slice(0, -1)) expect(item.after).toContain('·')
    // ...and none before the first item of a line.
    const lineStarts = items.filter(
      (item, index) => index === 0 || item.top > items[index - 1]!.top,
    )
    for (const item of lineStarts) expect(item.before).toBe('none')
  })
})

test('the shortcuts dialog closes on a click outside it', async ({ page }) => {
  await page.goto(otters)
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click()
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(dialog).toBeVisible()
  await page.mouse.click(5, 5)
  await expect(dialog).toBeHidden()
})

test.describe('on a phone, the contents panel', () => {
  test.use({ viewport: { width: 375, height: 740 } })

  test('closes on a tap outside it', async ({ page }) => {
    await page.goto(otters)
    await appStarted(page)
    const contents = page.getByRole('navigation', { name: 'Contents' })
    const control = contents.getByRole('button', { name: 'Contents', exact: true })
    await control.click()
    await expect(contents.getByRole('link').first()).toBeVisible()
    await page.getByRole('heading', { level: 1 }).click()
    await expect(control).toHaveAttribute('aria-expanded', 'false')
    await expect(contents.getByRole('link')).toHaveCount(0)
  })
})
