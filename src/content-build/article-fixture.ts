import type { Article } from '../articles/article-schema.ts'
import { english } from '../lib/words/english.ts'

// A whole, valid article for the tests of collection-wide steps, changed where a test says.
export function articleFixture(overrides: Partial<Article> & { slug: string }): Article {
  const text = overrides.title ?? overrides.slug
  return {
    title: text,
    date: '2026-11-01',
    displayDate: '1 November 2026',
    standfirst: null,
    author: null,
    lang: 'en',
    dir: 'ltr',
    tags: [],
    opening: [{ type: 'paragraph', id: 'p-1', children: [{ type: 'text', text }] }],
    sections: [],
    summary: { source: 'generated', points: [{ text, paragraphId: 'p-1' }] },
    wordCount: 1,
    words: english,
    previous: null,
    next: null,
    ...overrides,
  }
}
