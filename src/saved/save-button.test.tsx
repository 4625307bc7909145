import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, expect, test, vi } from 'vitest'
import { arabic } from '../lib/words/arabic.ts'
import { WordsContext } from '../lib/words/words-context.tsx'
import { SaveButton } from './save-button.tsx'
import { savedList } from './saved-store.ts'

const otters = { slug: 'river-otters-return-to-the-brack', title: 'Otters return' }

afterEach(() => {
  vi.unstubAllGlobals()
  savedList.write([])
})

function inArabic() {
  render(
    <WordsContext value={{ words: arabic, lang: 'ar', dir: 'rtl' }}>
      <SaveButton slug={otters.slug} title={otters.title} />
    </WordsContext>,
  )
}

test('a save the browser cannot make says why, in the article’s language', async () => {
  // jsdom, like a browser that blocks storage, has no Cache Storage.
  inArabic()
  await userEvent.click(screen.getByRole('button', { name: 'احفظ للقراءة دون اتصال' }))
  expect(await screen.findByRole('status')).toHaveTextContent(
    'لا يستطيع هذا المتصفح الاحتفاظ بالمقالات.',
  )
  expect(screen.getByRole('button', { name: 'احفظ للقراءة دون اتصال' })).toHaveAttribute(
    'aria-pressed',
    'false',
  )
})

test('a server that refuses the article is named with its error, in the page’s words', async () => {
  const cache = { put: vi.fn(), delete: vi.fn() }
  vi.stubGlobal('caches', { open: () => Promise.resolve(cache) })
  vi.stubGlobal('fetch', () => Promise.resolve(new Response('', { status: 503 })))
  inArabic()
  await userEvent.click(screen.getByRole('button', { name: 'احفظ للقراءة دون اتصال' }))
  expect(await screen.findByRole('status')).toHaveTextContent(
    'لم يستطع الخادم إرسال هذا المقال (الخطأ 503).',
  )
  expect(cache.put).not.toHaveBeenCalled()
})

test('a saved article is pressed, and pressing it again removes it, said in the page’s words', async () => {
  const cache = { put: vi.fn(() => Promise.resolve()), delete: vi.fn(() => Promise.resolve(true)) }
  vi.stubGlobal('caches', { open: () => Promise.resolve(cache) })
  vi.stubGlobal('fetch', () => Promise.resolve(new Response('{}', { status: 200 })))
  inArabic()
  const button = screen.getByRole('button', { name: 'احفظ للقراءة دون اتصال' })
  await userEvent.click(button)
  expect(await screen.findByText(/^حُفظ للقراءة دون اتصال\./)).toBeInTheDocument()
  expect(button).toHaveAttribute('aria-pressed', 'true')
  expect(savedList.read().map((article) => article.slug)).toEqual([otters.slug])
  await userEvent.click(button)
  expect(await screen.findByText('أُزيل من مقالاتك المحفوظة.')).toBeInTheDocument()
  expect(button).toHaveAttribute('aria-pressed', 'false')
})
