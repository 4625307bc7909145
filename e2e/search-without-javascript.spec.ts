import { expect, test } from './fixtures.ts'

test.use({ javaScriptEnabled: false })

test('without JavaScript the search page says search needs it and offers the topics', async ({
  page,
}) => {
  await page.goto('/search?q=otters')
  await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible()
  await expect(page.getByText(/needs JavaScript/)).toBeVisible()
  await expect(page).toHaveTitle('Search – Lede')
  const topic = page
    .getByRole('navigation', { name: 'Topics' })
    .getByRole('link', { name: 'river' })
  await expect(topic).toHaveAttribute('href', '/topics/river')
  await topic.click()
  await expect(page).toHaveURL('/topics/river')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('river')
})
