import { expect, test } from './fixtures.ts'

test('a generated summary says so, and a point leads to its passage without closing anything', async ({
  page,
}) => {
  await page.goto('/articles/river-otters-return-to-the-brack')
  const toggle = page.getByRole('button', { name: 'No time to read? Get a summary' })
  await toggle.click()
  const summary = page.getByRole('region', { name: 'Summary' })
  await expect(summary.getByText(/^Sentences picked from the article by Lede/)).toBeVisible()

  const points = summary.getByRole('link')
  expect(await points.count()).toBeGreaterThan(0)
  const point = points.last()
  const text = (await point.textContent()) ?? ''
  const target = ((await point.getAttribute('href')) ?? '').slice(1)
  await point.click()

  await expect(page).toHaveURL(new RegExp(`#${target}$`))
  const passage = page.locator(`[id="${target}"]`)
  await expect(passage).toBeInViewport()
  // The point is a sentence of the passage it leads to.
  await expect(passage).toContainText(text.trim().slice(0, 40))
  await expect(passage).toHaveCSS('animation-name', 'lede-highlight')
  await expect(toggle).toHaveAttribute('aria-expanded', 'true')
  await expect(summary).toBeVisible()
})

test("an editor's summary says who wrote it and has no links", async ({ page }) => {
  await page.goto('/articles/harwick-tram-extension-approved')
  await page.getByRole('button', { name: 'No time to read? Get a summary' }).click()
  const summary = page.getByRole('region', { name: 'Summary' })
  await expect(summary.getByText('Written by the editor.')).toBeVisible()
  expect(await summary.getByRole('listitem').count()).toBeGreaterThan(1)
  await expect(summary.getByRole('link')).toHaveCount(0)
})
