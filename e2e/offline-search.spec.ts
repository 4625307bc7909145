import type { Page } from '@playwright/test'
import { appStarted, expect, test } from './fixtures.ts'

const otters = 'Otters return to the Brack after four decades away'

test.use({
  serviceWorkers: 'allow',
  allowedConsoleErrors: [/Failed to load resource|ERR_INTERNET_DISCONNECTED/],
})

// The worker is registered once the first page is idle; from then on it sees every request.
async function workerInCharge(page: Page) {
  await page.goto('/')
  await appStarted(page)
  await expect
    .poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), {
      timeout: 20_000,
    })
    .toBe(true)
}

test('a search the reader ran online finds the same articles offline', async ({
  page,
  context,
  checkA11y,
}) => {
  await workerInCharge(page)
  await page.goto('/search?q=spraint')
  await expect(page.getByRole('link', { name: otters })).toBeVisible()

  await context.setOffline(true)
  await page.reload()
  await expect(page.getByRole('searchbox', { name: 'Search the articles' })).toHaveValue('spraint')
  await expect(page.getByRole('status')).toHaveText(/^\d+ articles? found$/)
  await expect(page.getByRole('link', { name: otters })).toBeVisible()
  await checkA11y(page)
})

test('offline, a search the reader never ran is Lede’s page saying search could not be loaded', async ({
  page,
  context,
  checkA11y,
}) => {
  await workerInCharge(page)
  await context.setOffline(true)
  await page.goto('/search?q=tram')
  await expect(page.getByRole('searchbox', { name: 'Search the articles' })).toHaveValue('tram')
  await expect(page.getByText(/Search could not be loaded/)).toBeVisible()
  await checkA11y(page)
})
