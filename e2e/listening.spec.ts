import { appStarted, expect, test } from './fixtures.ts'
import { highlighted, lastSaid, standInSpeech } from './stand-in-speech.ts'

const otters = '/articles/river-otters-return-to-the-brack'

test('Listen reads sentence by sentence, and the highlight follows the speech', async ({
  page,
  checkA11y,
}) => {
  await standInSpeech(page, 'en-GB')
  await page.goto(otters)
  await appStarted(page)
  const player = page.getByRole('region', { name: 'Listen' })
  await player.getByRole('button', { name: 'Listen' }).click()
  await expect(player.getByText(/^Sentence 1 of \d+$/)).toBeVisible()
  const first = await lastSaid(page)
  expect(first?.text).toMatch(/\w/)
  await expect.poll(() => highlighted(page)).toBe(first?.text)
  // The sentence is exactly one the article shows.
  const opening = await page
    .getByRole('article')
    .getByRole('paragraph')
    .filter({ hasText: first?.text ?? '' })
    .count()
  expect(opening).toBeGreaterThan(0)
  await checkA11y(page)

  // The engine finishes a sentence: the next is said and highlighted.
  await page.evaluate(() => (Reflect.get(window, 'ledeSpeech') as { finish: () => void }).finish())
  await expect(player.getByText(/^Sentence 2 of \d+$/)).toBeVisible()
  const second = await lastSaid(page)
  expect(second?.text).not.toBe(first?.text)
  await expect.poll(() => highlighted(page)).toBe(second?.text)

  await player.getByRole('button', { name: 'Next sentence' }).click()
  await expect(player.getByText(/^Sentence 3 of \d+$/)).toBeVisible()
  const third = await lastSaid(page)
  await expect.poll(() => highlighted(page)).toBe(third?.text)

  await player.getByRole('combobox', { name: 'Speed' }).selectOption('1.5')
  await expect.poll(async () => (await lastSaid(page))?.rate).toBe(1.5)
  expect((await lastSaid(page))?.text).toBe(third?.text)

  await player.getByRole('button', { name: 'Pause' }).click()
  await expect(player.getByRole('button', { name: 'Resume' })).toBeVisible()
  await player.getByRole('button', { name: 'Previous sentence' }).click()
  await expect(player.getByText(/^Sentence 2 of \d+$/)).toBeVisible()
  await player.getByRole('button', { name: 'Resume' }).click()
  expect((await lastSaid(page))?.text).toBe(second?.text)
})

test('Listen stops when the reader goes to another page', async ({ page }) => {
  await standInSpeech(page, 'en')
  await page.goto(otters)
  await appStarted(page)
  await page.getByRole('button', { name: 'Listen' }).click()
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible()
  const cancels = () =>
    page.evaluate(() => (Reflect.get(window, 'ledeSpeech') as { cancels: () => number }).cancels())
  const before = await cancels()
  await page.getByRole('link', { name: 'Lede', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Front page' })).toBeAttached()
  await expect(page.getByRole('region', { name: 'Top story' })).toBeVisible()
  await expect.poll(cancels).toBeGreaterThan(before)
  await expect.poll(() => highlighted(page)).toBeNull()
})

test('Listen is not offered where the browser has no voice for the article’s language', async ({
  page,
}) => {
  await standInSpeech(page, 'fr-FR')
  await page.goto(otters)
  await appStarted(page)
  await expect(page.getByRole('button', { name: 'Share', exact: true })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Listen' })).toHaveCount(0)
})
