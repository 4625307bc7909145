import type { Page } from '@playwright/test'
import { appStarted, expect, test } from './fixtures.ts'

// What authors write beyond plain paragraphs, as a reader meets it, on a laptop and on the
// narrowest phone: tables, footnotes, lists. Nothing may make the page scroll sideways.
const article = '/articles/harwick-tide-tables-explained'

const widths = [1280, 320]

async function pageIsNotWiderThanScreen(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
  expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0)
}

for (const width of widths) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } })

    test('a table has its header cells and caption, and scrolls in its own box', async ({
      page,
      checkA11y,
    }) => {
      await page.goto(article)
      const table = page.getByRole('table', { name: /Predicted tides at Pilot’s Point/ })
      await expect(table).toBeVisible()
      await expect(table.getByRole('columnheader')).toHaveText([
        'Day',
        'Low water',
        'High water',
        'Height (m)',
        'Range (m)',
      ])
      await expect(table.getByRole('row')).toHaveCount(5)
      await expect(table.getByRole('cell', { name: '6.2' })).toHaveCSS('text-align', 'right')
      const box = page.getByRole('region', { name: /Predicted tides/ })
      await box.focus()
      await expect(box).toBeFocused()
      await pageIsNotWiderThanScreen(page)
      await appStarted(page)
      await pageIsNotWiderThanScreen(page)
      await checkA11y(page)
    })

    test('a footnote leads to its note, and the note leads back', async ({ page, checkA11y }) => {
      await page.goto(article)
      await appStarted(page)
      const call = page.getByRole('link', { name: 'Note 2' })
      await call.click()
      await expect(page).toHaveURL(/#fn-2$/)
      const notes = page.getByRole('region', { name: 'Notes' })
      const note = notes.getByRole('listitem').filter({ hasText: 'Chart Datum at Harwick' })
      await expect(note).toBeInViewport()
      await expect(note.getByText('almost never shallower')).toBeVisible()
      await note.getByRole('link', { name: 'Back to reference 2' }).click()
      await expect(page).toHaveURL(/#fnref-2$/)
      await expect(call).toBeInViewport()
      // Notes are not sections: the contents list leaves them out.
      await expect(
        page.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: 'Notes' }),
      ).toHaveCount(0)
      await checkA11y(page)
    })

    test('nested and numbered lists keep their shape and numbers', async ({ page, checkA11y }) => {
      await page.goto(article)
      const tasks = page.getByRole('list').filter({ hasText: 'sign up for the flood warning' })
      await expect(tasks.getByRole('img', { name: 'Done', exact: true })).toHaveCount(2)
      await expect(tasks.getByRole('img', { name: 'Not done', exact: true })).toHaveCount(1)
      const nested = tasks
        .getByRole('listitem')
        .filter({ hasText: 'move valuables' })
        .getByRole('list')
      await expect(nested.getByRole('listitem')).toHaveText([
        'in the Old Harbour district, also',
        'put the flood boards by the door',
      ])
      const steps = page.getByRole('list').filter({ hasText: 'Close the flood boards' })
      await expect(steps).toHaveAttribute('start', '3')
      const first = steps.getByRole('listitem').first()
      // An item of two paragraphs keeps them apart.
      await expect(first.getByRole('paragraph')).toHaveCount(2)
      await expect(steps.getByRole('listitem')).toHaveCount(3)
      await pageIsNotWiderThanScreen(page)
      await checkA11y(page)
    })
  })
}

test('an editor comment is never published', async ({ page }) => {
  await page.goto(article)
  await expect(page.getByText(/check the December heights/)).toHaveCount(0)
  const html = await page.content()
  expect(html).not.toContain('check the December heights')
})

test('a date written with a time and an offset is the day the author wrote', async ({ page }) => {
  await page.goto(article)
  await expect(page.getByRole('article').getByText('14 November 2026')).toBeVisible()
})
