import { render, screen } from '@testing-library/react'
import { afterEach, expect, test, vi } from 'vitest'
import { ArticleSchema } from './article-schema.ts'
import type { Block } from './block-schema.ts'
import { ArticleView } from './article-view.tsx'
import { lazyPartsLoaded } from './lazy-parts-loaded.ts'
import { english } from '../lib/words/english.ts'
import { EnglishWords } from '../lib/words/english-words.tsx'

afterEach(() => {
  vi.restoreAllMocks()
})

const paragraph = (id: string, text: string): Block => ({
  type: 'paragraph',
  id,
  children: [{ type: 'text', text }],
})

const article = ArticleSchema.parse({
  slug: 'harbour-news',
  title: 'Harbour news',
  date: '2026-11-20',
  displayDate: '20 November 2026',
  standfirst: null,
  author: null,
  lang: 'en',
  dir: 'ltr',
  tags: [],
  opening: [paragraph('p-1', 'The opening still reads.')],
  sections: [
    { id: 'first-part', title: 'First part', blocks: [paragraph('p-2', 'First part text.')] },
    { id: 'broken-part', title: 'Broken part', blocks: [paragraph('p-3', 'Never shown.')] },
    { id: 'last-part', title: 'Last part', blocks: [paragraph('p-4', 'Last part text.')] },
  ],
  summary: { source: 'editor', points: [{ text: 'A point.', paragraphId: null }] },
  wordCount: 12,
  words: english,
  previous: null,
  next: null,
})

test('a section whose content cannot be rendered takes down only that section', async () => {
  // The schema would refuse this block; it is forced in to stand for any rendering failure.
  const unknownShape: unknown = { type: 'paragraph', id: 'p-3', children: { not: 'a list' } }
  const broken = {
    ...article,
    sections: article.sections.map((section) =>
      section.id === 'broken-part' ? { ...section, blocks: [unknownShape as Block] } : section,
    ),
  }
  // React reports the caught error on the console; that is expected here.
  vi.spyOn(console, 'error').mockImplementation(() => {})

  render(<ArticleView article={broken} prefetch={() => {}} fetchAhead={() => {}} />, {
    wrapper: EnglishWords,
  })

  expect(screen.getByRole('heading', { level: 1, name: 'Harbour news' })).toBeVisible()
  expect(screen.getByText('The opening still reads.')).toBeVisible()
  expect(screen.getByText('First part text.')).toBeVisible()
  expect(screen.getByText('Last part text.')).toBeVisible()
  const brokenSection = screen.getByRole('region', { name: 'Broken part' })
  expect(brokenSection).toHaveTextContent('This section could not be shown.')
  expect(screen.getAllByText('This section could not be shown.')).toHaveLength(1)
  await lazyPartsLoaded()
})
