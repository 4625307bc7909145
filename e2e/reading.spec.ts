import { appStarted, expect, test } from './fixtures.ts'

const newest = 'Harwick tram extension to Saltmarsh approved after five-year wait'
const second = 'Otters return to the Brack after four decades away'
const third = 'Harwick’s new tidal barrier holds back first winter storm'

test('the front page leads with the featured story, then the rest newest first, with date, standfirst and reading time', async ({
  page,
}) => {
  await page.goto('/')
  await expect(page).toHaveTitle(/Lede/)
  await expect(page.getByRole('heading', { level: 1, name: 'Front page' })).toBeAttached()
  // The second newest is marked featured, so it leads; the tier goes on from the newest.
  const top = page.getByRole('region', { name: 'Top story' })
  await expect(top.getByRole('heading', { level: 3 })).toHaveText(second)
  await expect(top.getByText(/^Spraint on a weir/)).toBeVisible()
  const headings = page
    .getByRole('region', { name: 'More stories' })
    .getByRole('heading', { level: 3 })
  await expect(headings.nth(0)).toHaveText(newest)
  await expect(headings.nth(1)).toHaveText(third)
  const first = page
    .getByRole('article')
    .filter({ has: page.getByRole('heading', { name: newest }) })
  await expect(first.getByText('20 November 2026')).toBeVisible()
  // The archive below gives each story's standfirst and reading time.
  const latest = page.getByRole('region', { name: 'Latest' }).getByRole('article').first()
  await expect(latest.getByText(/^A £2\.4m scheme/)).toBeVisible()
  await expect(latest.getByText(/\d+(–\d+)? min read/)).toBeVisible()
})

test('an article shows its headline, standfirst, byline, date, reading time and sections', async ({
  page,
}) => {
  await page.goto('/')
  await appStarted(page)
  await page.getByRole('link', { name: second }).click()
  await expect(page).toHaveURL('/articles/river-otters-return-to-the-brack')
  await expect(page.getByRole('heading', { level: 1, name: second })).toBeVisible()
  await expect(page).toHaveTitle(`${second} – Lede`)
  await expect(page.getByText(/^By /)).toBeVisible()
  await expect(page.getByText('19 November 2026')).toBeVisible()
  await expect(page.getByText(/\d+(–\d+)? min read/)).toBeVisible()
  const contents = page.getByRole('navigation', { name: 'Contents' })
  await expect(contents.getByRole('link')).toHaveText([
    'How the survey was done',
    'Why they came back',
    'What happens next',
  ])
  await expect(page.getByRole('heading', { level: 2, name: 'Why they came back' })).toBeVisible()
})

test('the summary opens and closes with the mouse and says who wrote it', async ({ page }) => {
  await page.goto('/articles/harwick-tram-extension-approved')
  const toggle = page.getByRole('button', { name: 'No time to read? Get a summary' })
  await expect(toggle).toHaveAttribute('aria-expanded', 'false')
  const summary = page.getByRole('region', { name: 'Summary' })
  await expect(summary).toBeHidden()
  await toggle.click()
  // Open, the same button offers to hide it, and says nothing else.
  const hide = page.getByRole('button', { name: 'Hide the summary', exact: true })
  await expect(hide).toHaveAttribute('aria-expanded', 'true')
  await expect(summary).toBeVisible()
  await expect(summary.getByText('Written by the editor.')).toBeVisible()
  await expect(summary.getByRole('listitem').first()).toBeVisible()
  await hide.click()
  await expect(toggle).toHaveAttribute('aria-expanded', 'false')
  await expect(summary).toBeHidden()
})

test('the summary opens and closes from the keyboard', async ({ page }) => {
  await page.goto('/articles/river-otters-return-to-the-brack')
  const toggle = page.getByRole('button', { name: 'No time to read? Get a summary' })
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  // Tab from the top of the page until the summary button has focus, as a keyboard user would.
  for (let presses = 0; presses < 10; presses += 1) {
    await page.keyboard.press('Tab')
    if (await toggle.evaluate((element) => element === document.activeElement)) break
  }
  await expect(toggle).toBeFocused()
  await page.keyboard.press('Enter')
  const summary = page.getByRole('region', { name: 'Summary' })
  await expect(summary).toBeVisible()
  await expect(summary.getByText(/Sentences picked from the article by Lede/)).toBeVisible()
  // Opened from the keyboard, the summary takes focus, so it is read next.
  await expect(summary).toBeFocused()
  await page.keyboard.press('Shift+Tab')
  await expect(page.getByRole('button', { name: 'Hide the summary' })).toBeFocused()
  await page.keyboard.press(' ')
  await expect(summary).toBeHidden()
  await expect(toggle).toBeFocused()
})

test('a contents link lands on its heading with the hash in the address', async ({ page }) => {
  await page.goto('/articles/river-otters-return-to-the-brack')
  await page
    .getByRole('navigation', { name: 'Contents' })
    .getByRole('link', { name: 'What happens next' })
    .click()
  await expect(page).toHaveURL(/#what-happens-next$/)
  await expect(page.getByRole('heading', { level: 2, name: 'What happens next' })).toBeInViewport()
})

test('next then previous lead to the right articles, and back and forward retrace them', async ({
  page,
}) => {
  await page.goto('/articles/harwick-tram-extension-approved')
  await appStarted(page)
  const more = page.getByRole('navigation', { name: 'More articles' })
  await expect(more.getByRole('link', { name: /Newer article/ })).toHaveCount(0)
  await more.getByRole('link', { name: `Older article ${second}` }).click()
  await expect(page.getByRole('heading', { level: 1, name: second })).toBeVisible()
  await expect(page).toHaveURL('/articles/river-otters-return-to-the-brack')

  await more.getByRole('link', { name: `Older article ${third}` }).click()
  await expect(page.getByRole('heading', { level: 1, name: third })).toBeVisible()

  await more.getByRole('link', { name: `Newer article ${second}` }).click()
  await expect(page.getByRole('heading', { level: 1, name: second })).toBeVisible()

  await page.goBack()
  await expect(page.getByRole('heading', { level: 1, name: third })).toBeVisible()
  await page.goBack()
  await expect(page.getByRole('heading', { level: 1, name: second })).toBeVisible()
  await page.goForward()
  await expect(page.getByRole('heading', { level: 1, name: third })).toBeVisible()
  await expect(page).toHaveTitle(`${third} – Lede`)
})

test('after a client-side navigation focus is on the new headline', async ({ page }) => {
  await page.goto('/')
  await appStarted(page)
  await page.getByRole('link', { name: second }).click()
  await expect(page.getByRole('heading', { level: 1, name: second })).toBeFocused()
})

test('a deep link to a section opens the article at that heading', async ({ page }) => {
  await page.goto('/articles/tidal-barrier-survives-first-winter-storm#what-the-engineers-learned')
  const heading = page.getByRole('heading', { level: 2, name: 'What the engineers learned' })
  await expect(heading).toBeInViewport()
  const top = await heading.evaluate((element) => element.getBoundingClientRect().top)
  expect(top).toBeGreaterThanOrEqual(0)
  expect(top).toBeLessThan(200)
})

test.describe('a missing article', () => {
  // The browser itself logs the 404 of the article's data.
  test.use({ allowedConsoleErrors: [/status of 404/] })

  test('an unknown article is not found, with a way home', async ({ page }) => {
    await page.goto('/articles/no-such-article')
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
    await expect(page).toHaveTitle('Page not found – Lede')
    await appStarted(page)
    await page.getByRole('link', { name: 'All articles' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Front page' })).toBeAttached()
    await expect(page.getByRole('region', { name: 'Top story' })).toBeVisible()
  })

  test('the not-found page has no accessibility violations', async ({ page, checkA11y }) => {
    await page.goto('/articles/no-such-article')
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
    await checkA11y(page)
  })

  test('an unknown address is not found', async ({ page }) => {
    await page.goto('/no/such/page')
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
  })
})

test.describe('a failed fetch', () => {
  test.use({ allowedConsoleErrors: [/Failed to load resource/] })

  test('says what happened and Retry loads the article once the server answers', async ({
    page,
  }) => {
    let failing = true
    await page.route('**/data/articles/winter-flu-clinics-open-early.json', (route) =>
      failing ? route.fulfill({ status: 503, body: 'unavailable' }) : route.continue(),
    )
    // An article opened directly arrives prerendered with its data; one opened from the list
    // is fetched, so that is where a fetch can fail.
    await page.goto('/')
    await appStarted(page)
    await page
      .getByRole('link', { name: 'Winter flu clinics open three weeks early as cases rise' })
      .click()
    await expect(page.getByRole('alert')).toContainText('error 503')
    failing = false
    await page.getByRole('button', { name: 'Retry' }).click()
    await expect(
      page.getByRole('heading', {
        level: 1,
        name: 'Winter flu clinics open three weeks early as cases rise',
      }),
    ).toBeVisible()
  })
})

test('the list has no accessibility violations', async ({ page, checkA11y }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await checkA11y(page)
})

test('an article has no accessibility violations with the summary closed and open', async ({
  page,
  checkA11y,
}) => {
  await page.goto('/articles/harwick-tram-extension-approved')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await checkA11y(page)
  await page.getByRole('button', { name: 'No time to read? Get a summary' }).click()
  await expect(page.getByRole('region', { name: 'Summary' })).toBeVisible()
  await checkA11y(page)
})
