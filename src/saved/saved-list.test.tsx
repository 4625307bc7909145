import { render, screen } from '@testing-library/react'
import { afterEach, expect, test, vi } from 'vitest'
import { SavedList } from './saved-list.tsx'
import { saveArticle, savedList } from './saved-store.ts'
import { EnglishWords } from '../lib/words/english-words.tsx'

afterEach(() => {
  vi.unstubAllGlobals()
  savedList.write([])
})

test('a saved article keeps its language, and the list reads its title in it', async () => {
  const cache = { put: vi.fn(() => Promise.resolve()) }
  vi.stubGlobal('caches', { open: () => Promise.resolve(cache) })
  vi.stubGlobal('fetch', (url: string) =>
    Promise.resolve(
      url.endsWith('.json')
        ? Response.json({ slug: 'souk', lang: 'ar', dir: 'rtl', title: 'سوق' })
        : new Response('<!doctype html>'),
    ),
  )
  await saveArticle('souk', 'سوق')
  render(<SavedList articles={savedList.read()} />, { wrapper: EnglishWords })
  const title = screen.getByRole('link', { name: 'سوق' })
  expect(title).toHaveAttribute('lang', 'ar')
  expect(title).toHaveAttribute('dir', 'rtl')
})

test('an article saved before its language was kept is listed in the page’s own', () => {
  const kept = {
    slug: 'otters',
    title: 'Otters return',
    bytes: 10,
    savedAt: '2026-11-30T10:00:00Z',
  }
  render(<SavedList articles={[kept]} />, { wrapper: EnglishWords })
  expect(screen.getByRole('link', { name: 'Otters return' })).not.toHaveAttribute('lang')
})
