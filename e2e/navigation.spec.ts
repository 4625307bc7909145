import type { Locator, Page } from '@playwright/test'
import { appStarted, expect, test } from './fixtures.ts'

const longRead = '/articles/the-long-read-how-harwick-learned-to-live-with-the-sea'
const otters = '/articles/river-otters-return-to-the-brack'
const ottersTitle = 'Otters return to the Brack after four decades away'
const barrierTitle = 'Harwick’s new tidal barrier holds back first winter storm'
const tramTitle = 'Harwick tram extension to Saltmarsh approved after five-year wait'

const contentsOf = (page: Page) => page.getByRole('navigation', { name: 'Contents' })

// Exactly one entry is marked as the reader's location, or none.
async function expectCurrent(contents: Locator, title: string | null) {
  const links = contents.getByRole('link')
  await expect(links.first()).toBeVisible()
  const count = await links.count()
  let matched = 0
  for (let index = 0; index < count; index += 1) {
    const link = links.nth(index)
    const isTarget = title !== null && index === (await indexOf(links, title))
    if (isTarget) {
      matched += 1
      await expect(link).toHaveAttribute('aria-current', 'location')
    } else {
      await expect(link).not.toHaveAttribute('aria-current')
    }
  }
  expect(matched).toBe(title === null ? 0 : 1)
}

async function indexOf(links: Locator, title: string): Promise<number> {
  const texts = await links.allTextContents()
  return texts.lastIndexOf(title)
}

// Puts the top of a heading a given distance below the top of the window.
async function scrollHeadingTo(page: Page, name: string, offset: number) {
  const heading = page.getByRole('heading', { level: 2, name, exact: true }).first()
  const top = await heading.evaluate((element) => element.getBoundingClientRect().top + scrollY)
  await page.evaluate((y) => window.scrollTo(0, y), top - offset)
}

test('the contents list follows the reader, right at the edges', async ({ page }) => {
  await page.goto(longRead)
  const contents = contentsOf(page)
  await expectCurrent(contents, null)

  // Just past the first heading the first section is current, and stays so all the way
  // through, until the next heading reaches the line under the sticky header.
  await scrollHeadingTo(page, 'A town made by the tide', 60)
  await expectCurrent(contents, 'A town made by the tide')
  await scrollHeadingTo(page, 'The night the water came in', 150)
  await expectCurrent(contents, 'A town made by the tide')
  await scrollHeadingTo(page, 'The night the water came in', 40)
  await expectCurrent(contents, 'The night the water came in')

  // At the very bottom the last section is current.
  await page.keyboard.press('End')
  await expectCurrent(contents, 'The sea’s long memory')

  // Choosing an entry marks that entry, even when the page cannot scroll its heading to the top.
  await contents.getByRole('link', { name: 'Who pays' }).last().click()
  await expect(page).toHaveURL(/#who-pays-2$/)
  await expect(contents.getByRole('link', { name: 'Who pays' }).last()).toHaveAttribute(
    'aria-current',
    'location',
  )
  await contents.getByRole('link', { name: 'Building the gates' }).click()
  await expectCurrent(contents, 'Building the gates')
  const heading = page.getByRole('heading', { level: 2, name: 'Building the gates' })
  await expect(heading).toBeInViewport()
})

test('a deep link lands below the sticky header; an unknown hash does no harm', async ({
  page,
}) => {
  await page.goto(`${otters}#why-they-came-back`)
  const heading = page.getByRole('heading', { level: 2, name: 'Why they came back' })
  await expect(heading).toBeInViewport()
  const header = page.getByRole('banner')
  const headerBottom = await header.evaluate((element) => element.getBoundingClientRect().bottom)
  const headingTop = await heading.evaluate((element) => element.getBoundingClientRect().top)
  expect(headingTop).toBeGreaterThanOrEqual(headerBottom)

  // Each of these is a fresh page load: a broken escape, and a name the browser itself defines.
  const loads: [string, string][] = [
    ['/articles/harwick-tram-extension-approved#%E0%A4%A', tramTitle],
    ['/articles/tidal-barrier-survives-first-winter-storm#location', barrierTitle],
  ]
  for (const [path, title] of loads) {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeInViewport()
  }
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 } })

  test('the contents control names the section, closes on Escape and after a choice', async ({
    page,
  }) => {
    await page.goto(otters)
    const contents = contentsOf(page)
    const control = contents.getByRole('button', { name: 'Contents', exact: true })
    await expect(control).toHaveAttribute('aria-expanded', 'false')
    await expect(contents.getByRole('link')).toHaveCount(0)

    await control.click()
    await expect(control).toHaveAttribute('aria-expanded', 'true')
    await expect(contents.getByRole('link', { name: 'Why they came back' })).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(control).toHaveAttribute('aria-expanded', 'false')
    await expect(control).toBeFocused()

    await control.click()
    await contents.getByRole('link', { name: 'Why they came back' }).click()
    await expect(page).toHaveURL(/#why-they-came-back$/)
    const named = contents.getByRole('button', { name: 'Contents: Why they came back' })
    await expect(named).toHaveAttribute('aria-expanded', 'false')
    // The heading is not hidden under the header or the contents bar.
    const heading = page.getByRole('heading', { level: 2, name: 'Why they came back' })
    const barBottom = await contents.evaluate((element) => element.getBoundingClientRect().bottom)
    const headingTop = await heading.evaluate((element) => element.getBoundingClientRect().top)
    expect(headingTop).toBeGreaterThanOrEqual(barBottom)
  })
})

test('each heading has a copy-link button that leaves the heading its own name', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto(otters)
  // Copying is wired up with the article's other browser-only parts, once the page has loaded.
  await expect(page.getByRole('button', { name: 'Keyboard shortcuts' })).toBeVisible()
  await expect(
    page.getByRole('heading', { level: 2, name: 'Why they came back', exact: true }),
  ).toBeVisible()
  const section = page.getByRole('region', { name: 'Why they came back' })
  await section.getByRole('button', { name: 'Copy link to section: Why they came back' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible()
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied).toBe(new URL(`${otters}#why-they-came-back`, page.url()).href)
})

test('keys move between articles, with focus on the new headline and its title announced', async ({
  page,
}) => {
  await page.goto(otters)
  await expect(page.getByRole('button', { name: 'Keyboard shortcuts' })).toBeVisible()
  await page.keyboard.press('j')
  const headline = page.getByRole('heading', { level: 1, name: barrierTitle })
  await expect(headline).toBeFocused()
  await expect(page).toHaveURL('/articles/tidal-barrier-survives-first-winter-storm')
  await expect(page.locator('[aria-live="polite"][aria-atomic="true"]')).toHaveText(barrierTitle)
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0)

  await page.keyboard.press('k')
  await expect(page.getByRole('heading', { level: 1, name: ottersTitle })).toBeFocused()
  await page.keyboard.press('k')
  await expect(page.getByRole('heading', { level: 1, name: tramTitle })).toBeFocused()
})

test('s opens the summary and takes focus there; ? lists every shortcut', async ({ page }) => {
  await page.goto(otters)
  await expect(page.getByRole('button', { name: 'Keyboard shortcuts' })).toBeVisible()
  await page.keyboard.press('s')
  const summary = page.getByRole('region', { name: 'Summary' })
  await expect(summary).toBeFocused()
  await page.keyboard.press('s')
  await expect(summary).toBeHidden()

  const opener = page.getByRole('button', { name: 'Keyboard shortcuts' })
  await opener.focus()
  await page.keyboard.press('?')
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(dialog).toBeVisible()
  for (const description of ['Older article', 'Newer article', 'Open or close the summary']) {
    await expect(dialog.getByText(description)).toBeVisible()
  }
  // While the dialog is open, the keys do nothing behind it.
  await page.keyboard.press('j')
  await expect(page).toHaveURL(otters)
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(opener).toBeFocused()
})

test('shortcuts are ignored while typing in a field or with a modifier key', async ({ page }) => {
  await page.goto(otters)
  await expect(page.getByRole('button', { name: 'Keyboard shortcuts' })).toBeVisible()
  await page.evaluate(() => {
    const field = document.createElement('input')
    field.setAttribute('aria-label', 'Notes')
    document.body.prepend(field)
  })
  const field = page.getByRole('textbox', { name: 'Notes' })
  await field.click()
  await page.keyboard.type('jks?')
  await expect(field).toHaveValue('jks?')
  await field.blur()
  await page.keyboard.press('Alt+j')
  await page.keyboard.press('Control+k')
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(page).toHaveURL(otters)
  await expect(page.getByRole('region', { name: 'Summary' })).toBeHidden()
})

test('the next article is fetched ahead, so following it makes no new request', async ({
  page,
}) => {
  const nextData = '/data/articles/tidal-barrier-survives-first-winter-storm.json'
  let requests = 0
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === nextData) requests += 1
  })
  const prefetched = page.waitForResponse((response) => response.url().endsWith(nextData))
  await page.goto(otters)
  await prefetched
  expect(requests).toBe(1)
  await page
    .getByRole('navigation', { name: 'More articles' })
    .getByRole('link', { name: `Older article ${barrierTitle}` })
    .click()
  await expect(page.getByRole('heading', { level: 1, name: barrierTitle })).toBeVisible()
  expect(requests).toBe(1)
})

test('with Save-Data on, nothing is fetched before the reader asks', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'connection', { value: { saveData: true } })
  })
  const nextData = '/data/articles/tidal-barrier-survives-first-winter-storm.json'
  let clicked = false
  const early: string[] = []
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === nextData && !clicked) early.push(request.url())
  })
  await page.goto(otters)
  const next = page.getByRole('link', { name: `Older article ${barrierTitle}` })
  await expect(page.getByRole('button', { name: 'Keyboard shortcuts' })).toBeVisible()
  await next.hover()
  await next.focus()
  clicked = true
  await next.click()
  await expect(page.getByRole('heading', { level: 1, name: barrierTitle })).toBeVisible()
  expect(early).toEqual([])
})

test('back and forward return to where the reader was; a new article starts at the top', async ({
  page,
}) => {
  await page.goto(otters)
  await expect(page.getByRole('button', { name: 'Keyboard shortcuts' })).toBeVisible()
  // The reader scrolls down to the end of the article, where the next one is offered.
  const next = page.getByRole('link', { name: `Older article ${barrierTitle}` })
  await next.scrollIntoViewIfNeeded()
  const where = await page.evaluate(() => Math.round(window.scrollY))
  expect(where).toBeGreaterThan(500)
  await next.click()
  await expect(page.getByRole('heading', { level: 1, name: barrierTitle })).toBeFocused()
  expect(await page.evaluate(() => window.scrollY)).toBe(0)

  await page.goBack()
  await expect(page.getByRole('heading', { level: 1, name: ottersTitle })).toBeVisible()
  await expect.poll(() => page.evaluate(() => Math.round(window.scrollY))).toBe(where)
  await page.goForward()
  await expect(page.getByRole('heading', { level: 1, name: barrierTitle })).toBeVisible()
  await expect.poll(() => page.evaluate(() => Math.round(window.scrollY))).toBe(0)
})

test.describe('on a short window', () => {
  test.use({ viewport: { width: 1280, height: 420 } })

  test('a long contents list scrolls itself to keep the current entry in view', async ({
    page,
  }) => {
    await page.goto(longRead)
    const contents = contentsOf(page)
    const last = contents.getByRole('link', { name: 'The sea’s long memory' })
    const first = contents.getByRole('link', { name: 'A town made by the tide' })
    await expect(first).toBeInViewport()
    // The list may show a sliver of an entry at its scrolling edge, never most of it.
    await expect(last).not.toBeInViewport({ ratio: 0.5 })
    // Once loaded, the page keeps its length (the shortcuts button joins its foot on loading).
    await expect(page.getByRole('button', { name: 'Keyboard shortcuts' })).toBeAttached()

    await page.keyboard.press('End')
    await expect(last).toHaveAttribute('aria-current', 'location')
    await expect(last).toBeInViewport()
    // The list moved, not the page: it is still at the very bottom.
    await expect
      .poll(() =>
        page.evaluate(
          () => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2,
        ),
      )
      .toBe(true)

    await scrollHeadingTo(page, 'A town made by the tide', 60)
    await expect(first).toHaveAttribute('aria-current', 'location')
    await expect(first).toBeInViewport()
  })
})

test('Back from an article returns to the place in the list the reader left', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 640 })
  // Arriving from an article matters: the list's history entry is then the app's to restore.
  await page.goto('/articles/harwick-tram-extension-approved')
  await appStarted(page)
  await page.getByRole('link', { name: 'Lede', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Front page' })).toBeAttached()
  await expect(page.getByRole('region', { name: 'Top story' })).toBeVisible()
  const link = page.getByRole('link', {
    name: 'Winter flu clinics open three weeks early as cases rise',
  })
  await link.scrollIntoViewIfNeeded()
  const before = await page.evaluate(() => window.scrollY)
  expect(before).toBeGreaterThan(300)
  await link.click()
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: 'Winter flu clinics open three weeks early as cases rise',
    }),
  ).toBeVisible()
  await page.goBack()
  await expect(page.getByRole('heading', { level: 1, name: 'Front page' })).toBeAttached()
  await expect(link).toBeInViewport()
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before - 50)
})
