import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { totalShift, watchLayoutShifts } from './layout-shifts.ts'

// Images as a reader meets them, on a laptop and on the narrowest phone: the lead image above
// the text, a figure with its caption and credit, a thumbnail in the list. Nothing may make the
// page scroll sideways or move as images arrive.
const leadArticle = '/articles/river-otters-return-to-the-brack'
const figureArticle = '/articles/harwick-tram-extension-approved'

async function pageIsNotWiderThanScreen(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
  expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0)
}

for (const width of [1280, 320]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } })

    test('the lead image is named by its alt text, fetched first, and shared as og:image', async ({
      page,
      checkA11y,
    }) => {
      await page.goto(leadArticle)
      const lead = page.getByRole('img', { name: /An otter.s head above the water/ })
      await expect(lead).toBeVisible()
      await expect(lead).toHaveAttribute('fetchpriority', 'high')
      await expect(lead).not.toHaveAttribute('loading', 'lazy')
      await expect(lead).toHaveAttribute('width', '1200')
      await expect(lead).toHaveAttribute('height', '675')
      await expect(page.getByRole('figure').first()).toContainText('Otters now use the whole river')
      await expect(page.getByRole('figure').first()).toContainText('Illustration: Lede')
      const ogImage = page.locator('head meta[property="og:image"]')
      await expect(ogImage).toHaveAttribute(
        'content',
        /^https?:\/\/.+\/images\/otter-at-dawn-[0-9a-f]{16}-1200\.png$/,
      )
      // The browser chose a file it could show.
      await expect
        .poll(() => lead.evaluate((img: HTMLImageElement) => img.naturalWidth))
        .toBeGreaterThan(0)
      await pageIsNotWiderThanScreen(page)
      await checkA11y(page)
    })

    test('a figure in the text has its caption and credit, loads lazily and moves nothing', async ({
      page,
      checkA11y,
    }) => {
      await watchLayoutShifts(page)
      // Images are held back, so the page is laid out before any of them arrives.
      let release = () => {}
      const held = new Promise<void>((resolve) => {
        release = resolve
      })
      await page.route('**/images/**', async (route) => {
        await held
        await route.continue()
      })
      await page.goto(figureArticle)
      const figure = page.getByRole('figure').filter({ hasText: 'The eastern extension adds' })
      const image = figure.getByRole('img', { name: /A map of Harwick.s tram network/ })
      await expect(image).toHaveAttribute('loading', 'lazy')
      await expect(image).toHaveAttribute('decoding', 'async')
      await expect(image).toHaveAttribute('sizes', /.+/)
      await expect(figure.locator('source[type="image/avif"]')).toHaveAttribute('srcset', /480w/)
      await expect(figure).toContainText(/Map by Lede, from the council.s route plan/)
      await image.scrollIntoViewIfNeeded()
      release()
      await expect
        .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
        .toBe(true)
      expect(await totalShift(page)).toBeGreaterThanOrEqual(0)
      expect(await totalShift(page)).toBeLessThan(0.01)
      await pageIsNotWiderThanScreen(page)
      await checkA11y(page)
    })

    test('the front page shows a thumbnail beside an article with a lead image', async ({
      page,
      checkA11y,
    }) => {
      await page.goto('/')
      const item = page.getByRole('listitem').filter({
        has: page.getByRole('link', { name: /tidal barrier holds back first winter storm/ }),
      })
      const thumbnail = item.getByRole('img', { name: /four steel gates shut/ })
      await expect(thumbnail).toBeVisible()
      await expect(thumbnail).toHaveAttribute('loading', 'lazy')
      await expect(thumbnail).toHaveAttribute('width', '1200')
      await pageIsNotWiderThanScreen(page)
      await checkA11y(page)
    })
  })
}
