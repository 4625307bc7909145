import type { Locator, Page } from '@playwright/test'
import { appStarted, expect, test } from './fixtures.ts'
import { totalShift, watchLayoutShifts } from './layout-shifts.ts'

// The front page as the sample articles make it: the otters story is marked featured, so it
// leads though the tram story is newer; the tram story opens the tier below it.
const lead = 'Otters return to the Brack after four decades away'
const tier = [
  'Harwick tram extension to Saltmarsh approved after five-year wait',
  /^Harwick’s new tidal barrier holds back first winter storm$/,
  /^Harwick Marathon draws a record field/,
  /^Harwick Market Hall reopens its doors/,
]
const arabic = /^إذاعة «صوت الجسر» المجتمعية/

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true })
const storyHeadings = (place: Locator) => place.getByRole('heading', { level: 3 })

test('the front page leads with the featured story, then a tier, topic sections and the latest', async ({
  page,
  checkA11y,
}) => {
  await watchLayoutShifts(page)
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Front page' })).toBeAttached()

  const top = region(page, 'Top story')
  await expect(storyHeadings(top)).toHaveText([lead])
  await expect(top.getByText(/^Spraint on a weir, a camera-trap clip/)).toBeVisible()
  await expect(top.getByText('Helen Marsh')).toBeVisible()
  await expect(top.getByText('environment', { exact: true })).toBeVisible()
  await expect(top.getByText('19 November 2026')).toBeVisible()
  // The lead image is the page's largest paint: fetched first, never lazily, its size written.
  const image = top.getByRole('img', { name: /An otter.s head above the water/ })
  await expect(image).toBeVisible()
  await expect(image).toHaveAttribute('fetchpriority', 'high')
  await expect(image).not.toHaveAttribute('loading', 'lazy')
  await expect(image).toHaveAttribute('width', /^\d+$/)
  await expect(image).toHaveAttribute('height', /^\d+$/)

  const more = region(page, 'More stories')
  await expect(storyHeadings(more)).toHaveText(tier)
  await expect(more.getByRole('img', { name: /four steel gates/ })).toHaveAttribute(
    'loading',
    'lazy',
  )

  // The sections are the topics most written about lately, each heading a link to the topic.
  const city = region(page, 'city')
  await expect(
    city.getByRole('heading', { level: 2, name: 'city' }).getByRole('link'),
  ).toHaveAttribute('href', '/topics/city')
  expect(await storyHeadings(city).count()).toBeGreaterThanOrEqual(2)
  expect(await storyHeadings(city).count()).toBeLessThanOrEqual(4)
  await expect(storyHeadings(region(page, 'sea'))).toHaveText([
    'How to read Harwick’s new tide tables',
    /^A hundred years of answering the pager/,
  ])

  // The archive goes on below, without the stories above; an Arabic story keeps its direction.
  const latest = region(page, 'Latest')
  await expect(storyHeadings(latest).first()).toBeVisible()
  await expect(latest.getByRole('link', { name: lead })).toHaveCount(0)
  await expect(
    latest.getByRole('article').filter({ has: page.getByRole('link', { name: arabic }) }),
  ).toHaveAttribute('dir', 'rtl')

  await checkA11y(page)
  await appStarted(page)
  expect(await totalShift(page)).toBeGreaterThanOrEqual(0)
  expect(await totalShift(page)).toBeLessThan(0.01)
})

test('each story on the front page is one link, and no story is there twice', async ({ page }) => {
  await page.goto('/')
  const stories = page.getByRole('main').getByRole('article')
  const count = await stories.count()
  expect(count).toBeGreaterThanOrEqual(10)
  const addresses: (string | null)[] = []
  for (const story of await stories.all()) {
    const links = story.getByRole('link')
    await expect(links).toHaveCount(1)
    // The one link is the headline's.
    await expect(story.getByRole('heading', { level: 3 }).getByRole('link')).toHaveCount(1)
    addresses.push(await links.getAttribute('href'))
  }
  expect(new Set(addresses).size).toBe(count)
})

test('a story of the tier opens its article', async ({ page }) => {
  await page.goto('/')
  await appStarted(page)
  await region(page, 'More stories').getByRole('link', { name: tier[0] }).click()
  await expect(page).toHaveURL('/articles/harwick-tram-extension-approved')
  await expect(page.getByRole('heading', { level: 1, name: tier[0] })).toBeFocused()
})

test('on a phone the tiers take less height a story than the archive list', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 })
  await page.goto('/')
  const height = async (items: Locator) => {
    const boxes = await Promise.all((await items.all()).map((item) => item.boundingBox()))
    return boxes.reduce((sum, box) => sum + (box?.height ?? 0), 0) / boxes.length
  }
  const archive = await height(region(page, 'Latest').getByRole('listitem'))
  const compact = await height(region(page, 'More stories').getByRole('listitem'))
  const sections = await height(region(page, 'city').getByRole('listitem'))
  expect(compact).toBeLessThan(archive * 0.75)
  expect(sections).toBeLessThan(archive * 0.75)
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the front page is readable, its stories links', async ({ page }) => {
    await page.goto('/')
    await expect(storyHeadings(region(page, 'Top story'))).toHaveText([lead])
    await expect(storyHeadings(region(page, 'More stories'))).toHaveText(tier)
    await expect(region(page, 'Latest').getByRole('link', { name: arabic })).toBeVisible()
  })
})

test.describe('in the dark theme', () => {
  test.use({ colorScheme: 'dark' })

  test('the front page has no accessibility violations', async ({ page, checkA11y }) => {
    await page.goto('/')
    await expect(storyHeadings(region(page, 'Top story'))).toHaveText([lead])
    await checkA11y(page)
  })
})
