import { expect, test } from 'vitest'
import { ArticleSchema } from './article-schema.ts'
import { ArticleListPageSchema } from './list-schemas.ts'
import { english } from '../lib/words/english.ts'

const article = {
  slug: 'harbour-lights',
  title: 'Harbour lights',
  date: '2026-11-01',
  displayDate: '1 November 2026',
  standfirst: null,
  author: null,
  lang: 'en',
  dir: 'ltr',
  tags: [],
  opening: [{ type: 'paragraph', id: 'p-1', children: [{ type: 'text', text: 'Hello.' }] }],
  sections: [
    {
      id: 'after-dark',
      title: 'After dark',
      blocks: [
        {
          type: 'paragraph',
          id: 'p-2',
          children: [
            {
              type: 'link',
              href: 'https://example.org/lights',
              children: [{ type: 'strong', children: [{ type: 'text', text: 'lights' }] }],
            },
          ],
        },
      ],
    },
  ],
  summary: { source: 'generated', points: [{ text: 'Hello.', paragraphId: 'p-1' }] },
  wordCount: 2,
  words: english,
  previous: null,
  next: { slug: null, title: 'A page not in the collection' },
}

test('accepts a well-formed article with nested inline content', () => {
  expect(ArticleSchema.parse(article)).toEqual(article)
})

test.each([
  ['a javascript: link', 'javascript:alert(1)'],
  ['a data: link', 'data:text/html,<script>alert(1)</script>'],
  ['a protocol-relative link', '//evil.example/'],
  ['a link with a leading space', ' https://example.org'],
])('rejects %s', (_name, href) => {
  const withLink = {
    ...article,
    opening: [{ type: 'paragraph', id: 'p-1', children: [{ type: 'link', href, children: [] }] }],
  }
  expect(ArticleSchema.safeParse(withLink).success).toBe(false)
})

test('rejects an unknown block type, a bad date and a bad slug', () => {
  expect(
    ArticleSchema.safeParse({ ...article, opening: [{ type: 'html', value: '<b>x</b>' }] }).success,
  ).toBe(false)
  expect(ArticleSchema.safeParse({ ...article, date: 'yesterday' }).success).toBe(false)
  expect(ArticleSchema.safeParse({ ...article, slug: '../secrets' }).success).toBe(false)
})

test('a list page carries only list fields, not the article bodies', () => {
  const page = ArticleListPageSchema.parse({ page: 1, pageCount: 1, total: 1, articles: [article] })
  expect(Object.keys(page.articles[0] ?? {}).sort()).toEqual(
    [
      'author',
      'tags',
      'date',
      'dir',
      'displayDate',
      'lang',
      'slug',
      'standfirst',
      'title',
      'wordCount',
    ].sort(),
  )
})

test('the first list page carries the front page, checked like its list', () => {
  const list = { page: 1, pageCount: 1, total: 1, articles: [article] }
  const front = {
    lead: article,
    tier: [],
    sections: [{ slug: 'harbour', name: 'Harbour', articles: [article] }],
  }
  const page = ArticleListPageSchema.parse({ ...list, front })
  expect(page.front?.lead).not.toHaveProperty('opening')
  expect(page.front?.sections[0]?.name).toBe('Harbour')
  // A list written before the front page still reads; a front page without a lead does not.
  expect(ArticleListPageSchema.safeParse(list).success).toBe(true)
  expect(
    ArticleListPageSchema.safeParse({ ...list, front: { tier: [], sections: [] } }).success,
  ).toBe(false)
  // A section with no stories is no section.
  const empty = { ...front, sections: [{ slug: 'harbour', name: 'Harbour', articles: [] }] }
  expect(ArticleListPageSchema.safeParse({ ...list, front: empty }).success).toBe(false)
})
