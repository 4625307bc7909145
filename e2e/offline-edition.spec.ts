import { appStarted, expect, test } from './fixtures.ts'
import { serveEdition } from './edition-server.ts'

test.use({
  serviceWorkers: 'allow',
  allowedConsoleErrors: [/Failed to load resource|ERR_INTERNET_DISCONNECTED/],
})

const otters = 'Otters return to the Brack after four decades away'

test('a new edition served in place is announced, never forced, and taken when the reader asks', async ({
  page,
  context,
  checkA11y,
}) => {
  const edition = await serveEdition()
  try {
    await page.goto(`${edition.url}/articles/river-otters-return-to-the-brack`)
    await appStarted(page)
    await expect
      .poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), {
        timeout: 20_000,
      })
      .toBe(true)

    await edition.deployNext('second edition')
    // Coming back to the tab is when Lede looks for a new edition.
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')))
    const prompt = page.getByRole('complementary', { name: 'New edition' })
    await expect(prompt.getByText('A new edition of Lede is ready.')).toBeVisible({
      timeout: 20_000,
    })
    await checkA11y(page)

    // Nothing reloads under the reader: this page is the same document until they choose.
    await page.evaluate(() => Reflect.set(window, 'ledeSameDocument', true))
    await page.getByRole('button', { name: 'Later' }).click()
    await expect(prompt).toHaveCount(0)
    expect(await page.evaluate(() => Reflect.get(window, 'ledeSameDocument'))).toBe(true)

    await page.reload()
    await appStarted(page)
    await expect(prompt.getByText('A new edition of Lede is ready.')).toBeVisible({
      timeout: 20_000,
    })
    await page.evaluate(() => Reflect.set(window, 'ledeSameDocument', true))
    await page.getByRole('button', { name: 'Show the new edition' }).click()
    await expect
      // While the new edition loads there is no page to ask: poll again.
      .poll(() =>
        page
          .evaluate(() => Reflect.get(window, 'ledeSameDocument') ?? false)
          .catch(() => 'loading'),
      )
      .toBe(false)
    await expect(page.getByRole('heading', { level: 1, name: otters })).toBeVisible()
    await expect(prompt).toHaveCount(0)
    expect(
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting),
    ).toBeFalsy()

    // The new edition's app shell is the one offline readers now get.
    await context.setOffline(true)
    await page.goto(`${edition.url}/articles/winter-flu-clinics-open-early`)
    await expect(
      page.getByRole('heading', { level: 1, name: 'This article is not available offline' }),
    ).toBeVisible()
    expect(await page.content()).toContain('<!-- second edition -->')
  } finally {
    await context.setOffline(false)
    await edition.close()
  }
})
