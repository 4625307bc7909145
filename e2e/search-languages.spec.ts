import type { Locator, Page } from '@playwright/test'
import { appStarted, expect, test } from './fixtures.ts'

const greekTitle = 'Αλλαγές στα δρομολόγια του πορθμείου Χάργουικ–Κέρνεϊ για τον χειμώνα'
const arabicTitle = 'إذاعة «صوت الجسر» المجتمعية في هارويك تحتفل بعامها العاشر'

// The direction a reader sees the text in, and the language it is marked as.
const directionOf = (link: Locator) =>
  link.evaluate((element) => getComputedStyle(element).direction)
const languageOf = (link: Locator) =>
  link.evaluate((element) => element.closest('[lang]')?.getAttribute('lang'))

// The search page belongs to the site, so its own words stay in the site's language whatever
// language is searched.
async function expectSiteChrome(page: Page) {
  await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible()
  await expect(page.getByRole('status')).toHaveText('1 article found')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
}

test('a reader searches the Greek articles in Greek, and a plural finds the singular', async ({
  page,
  checkA11y,
}) => {
  await page.goto('/search')
  await appStarted(page)
  await page.getByRole('combobox', { name: 'Language of the articles' }).selectOption({
    label: 'Greek',
  })
  await expect(page).toHaveURL('/search?lang=el')
  // The article has "πορθμείο" and "πορθμείου", never "πορθμεία": only the Greek stemmer finds it.
  await page.getByRole('searchbox', { name: 'Search the articles' }).fill('πορθμεία')
  const result = page.getByRole('link', { name: greekTitle })
  await expect(result).toBeVisible()
  await expectSiteChrome(page)
  expect(await languageOf(result)).toBe('el')
  expect(await directionOf(result)).toBe('ltr')
  await checkA11y(page)
})

test('a reader searches the Arabic articles in Arabic, shown right to left', async ({
  page,
  checkA11y,
}) => {
  await page.goto('/search')
  await appStarted(page)
  await page.getByRole('combobox', { name: 'Language of the articles' }).selectOption({
    label: 'Arabic',
  })
  // The article says "المتطوعين" (and "متطوعين"), never "المتطوعون": the Arabic stemmer joins them.
  await page.getByRole('searchbox', { name: 'Search the articles' }).fill('المتطوعون')
  const result = page.getByRole('link', { name: arabicTitle })
  await expect(result).toBeVisible()
  await expectSiteChrome(page)
  expect(await languageOf(result)).toBe('ar')
  expect(await directionOf(result)).toBe('rtl')
  await expect(page.getByRole('searchbox', { name: 'Search the articles' })).toHaveCSS(
    'direction',
    'ltr',
  )
  await checkA11y(page)
})
