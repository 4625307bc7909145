import { expect, test } from './fixtures.ts'

const arabic = '/articles/arabic-community-radio-turns-ten'
const greek = '/articles/greek-ferry-timetable-changes'

test('an Arabic article’s chrome speaks Arabic, right to left', async ({ page, checkA11y }) => {
  await page.goto(arabic)
  const settings = page.getByRole('button', { name: 'إعدادات القراءة' })
  await expect(settings).toBeVisible()
  const toggle = page.getByRole('button', { name: 'لا وقت لديك للقراءة؟ احصل على ملخص' })
  await expect(toggle).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'المحتويات' })).toBeVisible()
  await expect(page.getByText('بقلم سلمى الخطيب')).toBeVisible()
  await expect(page.getByText(/^\d+(–\d+)? (دقائق|دقيقة) قراءة$/)).toBeVisible()
  const more = page.getByRole('navigation', { name: 'مقالات أخرى' })
  await expect(more.getByText(/^مقال (أحدث|أقدم)$/).first()).toBeVisible()
  await expect(page.getByRole('banner')).toHaveAttribute('dir', 'rtl')
  for (const text of ['Get a summary', 'Contents', 'min read', 'Newer article', 'Older article']) {
    await expect(page.getByText(text)).toHaveCount(0)
  }

  await toggle.click()
  const summary = page.getByRole('region', { name: 'الملخص' })
  await expect(summary.getByText('كتبه المحرر.')).toBeVisible()
  await checkA11y(page)
})

test('a Greek article’s chrome speaks Greek, and the site’s pages speak English', async ({
  page,
}) => {
  await page.goto(greek)
  await expect(page.getByRole('navigation', { name: 'Περιεχόμενα' })).toBeVisible()
  await expect(page.getByText(/^\d+(–\d+)? λεπτ(ό|ά) ανάγνωσης$/)).toBeVisible()
  await expect(page.getByRole('button', { name: 'Ρυθμίσεις ανάγνωσης' })).toBeVisible()
  // Back on the list, the chrome is the site's again.
  await page.getByRole('link', { name: 'Lede', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Front page' })).toBeAttached()
  await expect(page.getByRole('region', { name: 'Top story' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Reading settings' })).toBeVisible()
  await expect(page.getByRole('banner')).toHaveAttribute('lang', 'en')
})

test.describe('a missing page', () => {
  test.use({ allowedConsoleErrors: [/status of 404/] })

  test('offers the latest articles, in one wording for any address', async ({ page }) => {
    const messages: string[] = []
    for (const address of ['/articles/no-such-article', '/no/such/page']) {
      await page.goto(address)
      await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
      const latest = page.getByRole('region', { name: 'The latest articles' })
      await expect(latest.getByRole('link').first()).toBeVisible()
      messages.push((await page.locator('main p').first().textContent()) ?? '')
    }
    expect(messages[0]).toBe(messages[1])
    await page
      .getByRole('region', { name: 'The latest articles' })
      .getByRole('link')
      .first()
      .click()
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Page not found')
  })
})
