import { appStarted, expect, test } from './fixtures.ts'

const otters = '/articles/river-otters-return-to-the-brack'
const headline = 'Otters return to the Brack after four decades away'

test('Share copies the article link where the browser has no share sheet', async ({
  page,
  context,
  checkA11y,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto(`${otters}#why-they-came-back`)
  await appStarted(page)
  expect(await page.evaluate(() => typeof navigator.share)).toBe('undefined')
  await page.getByRole('button', { name: 'Share', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    new URL(otters, page.url()).href,
  )
  await checkA11y(page)
})

test('Share opens the share sheet with the title and link where there is one', async ({ page }) => {
  // A stand-in for the system's share sheet, which headless Chromium does not have.
  await page.addInitScript(() => {
    const shared: unknown[] = []
    Reflect.set(window, 'ledeShared', shared)
    Reflect.set(navigator, 'share', async (data: unknown) => {
      shared.push(data)
    })
  })
  await page.goto(otters)
  await appStarted(page)
  await page.getByRole('button', { name: 'Share', exact: true }).click()
  await expect
    .poll(() => page.evaluate(() => Reflect.get(window, 'ledeShared')))
    .toEqual([{ title: headline, url: new URL(otters, page.url()).href }])
})

test('selected text offers a link to the quote, which opens the article at it', async ({
  page,
  context,
  checkA11y,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto(otters)
  await appStarted(page)
  await expect(page.getByRole('button', { name: 'Share', exact: true })).toBeVisible()
  const section = page.getByRole('region', { name: 'What happens next' })
  const paragraph = section.getByRole('paragraph').first()
  await paragraph.scrollIntoViewIfNeeded()
  await paragraph.click({ clickCount: 3 })
  const offer = page.getByRole('button', { name: 'Copy link to this quote' })
  await expect(offer).toBeVisible()
  await checkA11y(page)
  await offer.click()
  await expect(
    page.getByRole('status').filter({ hasText: 'Link to the quote copied' }),
  ).toBeVisible()
  const link = await page.evaluate(() => navigator.clipboard.readText())
  expect(link).toMatch(new RegExp(`^${new URL(otters, page.url()).href}#:~:text=[^#]+$`))

  // Opened afresh, the browser scrolls to the quote.
  const tab = await context.newPage()
  await tab.goto(link)
  await expect(
    tab.getByRole('region', { name: 'What happens next' }).getByRole('paragraph').first(),
  ).toBeInViewport()
  await tab.close()

  // A selection outside the article's text offers nothing.
  await page
    .getByRole('banner')
    .evaluate((header) => document.getSelection()?.selectAllChildren(header))
  await expect(offer).toHaveCount(0)
  await paragraph.click({ clickCount: 3 })
  await expect(offer).toBeVisible()
})
