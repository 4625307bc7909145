import { appStarted, expect, test } from './fixtures.ts'

const otters = '/articles/river-otters-return-to-the-brack'

test('an article leads on to its topics, related reading and its author', async ({
  page,
  checkA11y,
}) => {
  await page.goto(otters)
  await appStarted(page)
  const readOn = page.getByRole('complementary', { name: 'Read on' })
  await expect(readOn.getByRole('navigation', { name: 'Topics' }).getByRole('link')).toHaveText([
    'environment',
    'wildlife',
    'river',
  ])
  const related = readOn.getByRole('region', { name: 'Related reading' }).getByRole('link')
  expect(await related.count()).toBeGreaterThanOrEqual(3)
  expect(await related.count()).toBeLessThanOrEqual(5)
  await expect(related.filter({ hasText: 'Otters return to the Brack' })).toHaveCount(0)
  await checkA11y(page)

  await page.getByRole('link', { name: 'Helen Marsh' }).click()
  await expect(page).toHaveURL(/\/authors\/helen-marsh$/)
  await expect(
    page.getByRole('heading', { level: 1, name: 'Articles by Helen Marsh' }),
  ).toBeFocused()
  await expect(page.getByRole('link', { name: /Otters return to the Brack/ })).toBeVisible()
  await expect(page).toHaveTitle('Articles by Helen Marsh – Lede')
  await checkA11y(page)
})

test('a topic lists its articles, newest first, and goes back to an article', async ({
  page,
  checkA11y,
}) => {
  await page.goto(otters)
  await appStarted(page)
  await page
    .getByRole('navigation', { name: 'Topics' })
    .getByRole('link', { name: 'environment' })
    .click()
  await expect(page).toHaveURL(/\/topics\/environment$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Topic: environment' })).toBeVisible()
  const stories = page.getByRole('main').getByRole('heading', { level: 2 })
  await expect(stories).toHaveCount(3)
  await checkA11y(page)
  await stories.first().getByRole('link').click()
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Topic: environment')
})

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false })

  test('topic and author pages are prerendered, described and canonical', async ({ page }) => {
    await page.goto('/topics/transport')
    await expect(page.getByRole('heading', { level: 1, name: 'Topic: transport' })).toBeVisible()
    await expect(page.getByRole('link', { name: /Harwick tram extension/ })).toBeVisible()
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      /\/topics\/transport$/,
    )
    await expect(page.locator('meta[name="description"]')).toHaveAttribute(
      'content',
      /articles? about transport/,
    )
    await page.goto(`/topics/${encodeURIComponent('μεταφορές')}`)
    await expect(page.getByRole('heading', { level: 1, name: 'Topic: μεταφορές' })).toBeVisible()
    await page.goto(otters)
    await page.getByRole('link', { name: 'Helen Marsh' }).click()
    await expect(
      page.getByRole('heading', { level: 1, name: 'Articles by Helen Marsh' }),
    ).toBeVisible()
  })
})

test.describe('an unknown topic', () => {
  // The not-found page and the topic's data both answer 404, and the browser logs each.
  test.use({ allowedConsoleErrors: [/status of 404/] })

  test('is a page not found', async ({ page }) => {
    const response = await page.goto('/topics/no-such-topic')
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
  })
})
