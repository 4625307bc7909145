import { afterEach, expect, test, vi } from 'vitest'
import { english } from '../lib/words/english.ts'
import { ArticleSchema } from './article-schema.ts'
import { articleQuery } from './article-queries.ts'
import {
  forgetData,
  loadDataLayer,
  seedPage,
  storedArticle,
  subscribeToStore,
} from './page-store.ts'
import { sharedQueryClient } from './query-client.ts'

const article = (slug: string) =>
  ArticleSchema.parse({
    slug,
    title: slug,
    date: '2026-11-20',
    displayDate: '20 November 2026',
    standfirst: null,
    author: null,
    lang: 'en',
    dir: 'ltr',
    tags: [],
    opening: [{ type: 'paragraph', id: 'p-1', children: [{ type: 'text', text: 'Text.' }] }],
    sections: [],
    summary: { source: 'editor', points: [{ text: 'A point.', paragraphId: null }] },
    wordCount: 1,
    words: english,
    previous: null,
    next: null,
  })

afterEach(() => {
  forgetData()
})

// One test, in order: the store's state is the module's, as it is the page's.
test('the page’s article is there at once, and then from the data layer, which has it too', async () => {
  const here = article('here')
  seedPage({ kind: 'article', path: '/articles/here', article: here })
  expect(storedArticle('here')).toBe(here)
  expect(storedArticle('elsewhere')).toBeUndefined()

  const changed = vi.fn()
  const unsubscribe = subscribeToStore(changed)
  await loadDataLayer()
  expect(changed).toHaveBeenCalled()
  // Seeded into React Query's cache, and read from there.
  expect(sharedQueryClient().getQueryData(articleQuery('here').queryKey)).toBe(here)
  expect(storedArticle('here')).toBe(here)

  // An article fetched later is in the store as soon as it is in the cache.
  changed.mockClear()
  const fetched = article('fetched')
  sharedQueryClient().setQueryData(articleQuery('fetched').queryKey, fetched)
  expect(changed).toHaveBeenCalled()
  expect(storedArticle('fetched')).toBe(fetched)

  // React Query drops a query nobody observes after a while; the article on screen stays.
  sharedQueryClient().removeQueries({ queryKey: articleQuery('fetched').queryKey })
  expect(storedArticle('fetched')).toBe(fetched)
  unsubscribe()
})
