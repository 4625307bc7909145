import { expect, test } from './fixtures.ts'
import { highlighted, lastSaid, standInSpeech } from './stand-in-speech.ts'

const arabic = '/articles/arabic-community-radio-turns-ten'

test('an Arabic article’s Listen, Save and Share speak Arabic, laid out right to left', async ({
  page,
  context,
  checkA11y,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await standInSpeech(page, 'ar')
  await page.goto(arabic)
  await expect(page.getByRole('button', { name: 'إعدادات القراءة' })).toBeVisible()

  const save = page.getByRole('button', { name: 'احفظ للقراءة دون اتصال' })
  const share = page.getByRole('button', { name: 'شارك', exact: true })
  const player = page.getByRole('region', { name: 'استمع' })
  await expect(save).toBeVisible()
  for (const control of [save, share, player]) {
    await expect(control).toHaveCSS('direction', 'rtl')
  }
  // Laid out right to left: Save comes after Listen, so it stands to its left.
  const listenBox = await player.boundingBox()
  const saveBox = await save.boundingBox()
  expect(saveBox && listenBox && saveBox.x < listenBox.x).toBe(true)
  await expect(page.getByRole('banner').getByRole('link', { name: 'المحفوظة' })).toBeVisible()

  await share.click()
  await expect(page.getByRole('status').filter({ hasText: 'نُسخ الرابط' })).toBeVisible()

  await save.click()
  await expect(save).toHaveAttribute('aria-pressed', 'true')
  await expect(
    page.getByRole('status').filter({ hasText: /^حُفظ للقراءة دون اتصال\./ }),
  ).toBeVisible()

  await player.getByRole('button', { name: 'استمع' }).click()
  await expect(player.getByText(/^الجملة 1 من \d+$/)).toBeVisible()
  await expect.poll(() => highlighted(page)).toBe((await lastSaid(page))?.text)
  await expect(player.getByRole('button', { name: 'إيقاف مؤقت' })).toBeVisible()
  await expect(player.getByRole('button', { name: 'الجملة التالية' })).toBeVisible()
  await expect(player.getByRole('combobox', { name: 'السرعة' })).toBeVisible()
  await checkA11y(page)
  await player.getByRole('button', { name: 'إيقاف مؤقت' }).click()
  await expect(player.getByRole('button', { name: 'تابع الاستماع' })).toBeVisible()

  const paragraph = page.getByRole('article').getByRole('paragraph').nth(2)
  await paragraph.click({ clickCount: 3 })
  const offer = page.getByRole('button', { name: 'انسخ رابط هذا الاقتباس' })
  await expect(offer).toHaveCSS('direction', 'rtl')
  await offer.click()
  await expect(page.getByRole('status').filter({ hasText: 'نُسخ رابط الاقتباس' })).toBeVisible()

  for (const english of ['Save for offline', 'Share', 'Listen', 'Pause', 'Saved', 'Speed']) {
    await expect(page.getByText(english, { exact: true })).toHaveCount(0)
  }

  // The Saved page is one of the site's own: it speaks the site's language again.
  await page.getByRole('banner').getByRole('link', { name: 'المحفوظة' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Saved articles' })).toBeVisible()
  await expect(page.getByRole('banner').getByRole('link', { name: 'Saved' })).toBeVisible()
  await expect(page.getByText(/^One article, \d+ kB, kept in this browser/)).toBeVisible()
})
