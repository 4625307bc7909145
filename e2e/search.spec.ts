import { appStarted, expect, test } from './fixtures.ts'

const otters = 'Otters return to the Brack after four decades away'
const isSearchCode = (path: string) =>
  path.startsWith('/pagefind/') || /\/assets\/search-route-[\w-]+\.js$/.test(path)

test('a reader searches from an article, follows a section of a result, and comes back', async ({
  page,
  checkA11y,
}) => {
  const fetched: string[] = []
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname))
  await page.goto('/articles/river-otters-return-to-the-brack')
  await appStarted(page)
  await page.waitForLoadState('networkidle')
  expect(
    fetched.filter(isSearchCode),
    'search was fetched before the reader reached for it',
  ).toEqual([])

  await page.keyboard.press('/')
  await expect(page).toHaveURL('/search')
  const field = page.getByRole('searchbox', { name: 'Search the articles' })
  await expect(field).toBeFocused()
  await field.fill('spraint')
  await expect(page).toHaveURL('/search?q=spraint')
  await expect(page.getByRole('status')).toHaveText(/^\d+ articles? found$/)
  const result = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: otters }) })
  await expect(result.locator('mark').first()).toHaveText(/spraint/i)
  expect(fetched.some((path) => path.startsWith('/pagefind/en/'))).toBe(true)
  await checkA11y(page)

  await result.getByRole('link', { name: 'How the survey was done' }).click()
  await expect(page).toHaveURL(/\/articles\/river-otters-return-to-the-brack#[\w-]+$/)
  const section = new URL(page.url()).hash.slice(1)
  await expect(page.locator(`[id="${section}"]`)).toHaveText('How the survey was done')

  await page.goBack()
  await expect(page).toHaveURL('/search?q=spraint')
  await expect(page.getByRole('searchbox', { name: 'Search the articles' })).toHaveValue('spraint')
})

test('a search that finds nothing says so and offers the topics', async ({ page }) => {
  await page.goto('/')
  await appStarted(page)
  await page.getByRole('link', { name: 'Search' }).click()
  await page.getByRole('searchbox', { name: 'Search the articles' }).fill('xylophonics')
  await expect(page.getByRole('status')).toHaveText('No article matches “xylophonics”.')
  await expect(
    page.getByRole('navigation', { name: 'Topics' }).getByRole('link', { name: 'river' }),
  ).toHaveAttribute('href', '/topics/river')
})

test('search forgives word endings and unfinished words, and suggests the word a typo missed', async ({
  page,
  checkA11y,
}) => {
  await page.goto('/search')
  await appStarted(page)
  const field = page.getByRole('searchbox', { name: 'Search the articles' })
  const otters = page.getByRole('link', {
    name: 'Otters return to the Brack after four decades away',
  })
  for (const words of ['surveying', 'spra']) {
    await field.fill(words)
    await expect(otters).toBeVisible()
  }
  await field.fill('sprant')
  await expect(page.getByRole('status')).toHaveText('No article matches “sprant”.')
  await expect(page.getByText('Did you mean spraint?')).toBeVisible()
  await checkA11y(page)
  await page.getByRole('link', { name: 'spraint' }).click()
  await expect(page).toHaveURL('/search?q=spraint')
  await expect(field).toHaveValue('spraint')
  await expect(otters).toBeVisible()
})

const fragmentsFetched = (fetched: string[]) =>
  fetched.filter((path) => path.startsWith('/pagefind/en/fragment/')).length

test('a search shows its first five results, and more when the reader clicks for them', async ({
  page,
  checkA11y,
}) => {
  const fetched: string[] = []
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname))
  await page.goto('/search?q=the')
  await appStarted(page)
  const status = page.getByRole('status')
  await expect(status).toHaveText(/^\d+ articles found; showing 1 to 5$/)
  const total = Number((await status.textContent())?.split(' ')[0])
  const headlines = page.getByRole('main').getByRole('heading', { level: 2 })
  await expect(headlines).toHaveCount(5)
  expect(fragmentsFetched(fetched), 'only the results shown are fetched').toBe(5)
  await checkA11y(page)

  await page.getByRole('button', { name: 'Show more results' }).click()
  const shown = Math.min(total, 15)
  await expect(headlines).toHaveCount(shown)
  await expect(status).toHaveText(`${total} articles found; showing 1 to ${shown}`)
  await expect(headlines.nth(5).getByRole('link')).toBeFocused()
  expect(fragmentsFetched(fetched)).toBe(shown)
  await checkA11y(page)
})

test('more results by keyboard: from the field to the last result, on to the button, Enter', async ({
  page,
}) => {
  await page.goto('/search')
  await appStarted(page)
  const field = page.getByRole('searchbox', { name: 'Search the articles' })
  await field.pressSequentially('the')
  const status = page.getByRole('status')
  await expect(status).toHaveText(/^\d+ articles found; showing 1 to 5$/)
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('End')
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: 'Show more results' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(status).toHaveText(/^\d+ articles found; showing 1 to (1[0-5]|[6-9])$/)
  await expect(
    page.getByRole('main').getByRole('heading', { level: 2 }).nth(5).getByRole('link'),
  ).toBeFocused()
})
