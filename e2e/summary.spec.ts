import { expect, test } from './fixtures.ts'

test('a generated summary says so, and a point leads to its passage without closing anything', async ({
  page,
}) => {
  await page.goto('/articles/river-otters-return-to-the-brack')
  const toggle = page.getByRole('button', { name: 'No time to read? Get a summary' })
  await toggle.click()
  const summary = page.getByRole('region', { name: 'Summary' })
  await expect(summary.getByText(/^Sentences picked from the article by Lede/)).toBeVisible()

  // Each point reads as text, followed by a quiet link to its passage, described by the point.
  const links = summary.getByRole('link', { name: 'Read in place' })
  expect(await links.count()).toBeGreaterThan(0)
  await expect(links).toHaveCount(await summary.getByRole('listitem').count())
  const point = summary.getByRole('listitem').last()
  const link = links.last()
  const text = ((await point.textContent()) ?? '').replace(/Read in place$/, '')
  await expect(link).toHaveAccessibleDescription(text.trim())
  const target = ((await link.getAttribute('href')) ?? '').slice(1)
  await link.click()

  await expect(page).toHaveURL(new RegExp(`#${target}$`))
  const passage = page.locator(`[id="${target}"]`)
  await expect(passage).toBeInViewport()
  // The point is a sentence of the passage it leads to.
  await expect(passage).toContainText(text.trim().slice(0, 40))
  await expect(passage).toHaveCSS('animation-name', 'lede-highlight')
  await expect(page.getByRole('button', { name: 'Hide the summary' })).toHaveAttribute(
    'aria-expanded',
    'true',
  )
  await expect(toggle).toHaveCount(0)
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
