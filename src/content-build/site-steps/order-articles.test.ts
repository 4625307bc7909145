import { expect, test } from 'vitest'
import { startSite } from '../site-draft.ts'
import { orderArticles } from './order-articles.ts'
import { draftFor } from './site-fixture.ts'

test('newest first, then by title, then by slug', () => {
  const { draft } = orderArticles(
    startSite([
      draftFor('older', { date: '2026-01-01' }),
      draftFor('b', { date: '2026-02-01', title: 'Same' }),
      draftFor('a', { date: '2026-02-01', title: 'Same' }),
      draftFor('c', { date: '2026-02-01T09:00:00+01:00', title: 'A title' }),
    ]),
  )
  expect(draft.drafts.map((article) => article.slug)).toEqual(['c', 'a', 'b', 'older'])
})
