import { expect, test } from 'vitest'
import { articleFixture } from './article-fixture.ts'
import { searchLanguages, searchRecord } from './search-records.ts'

const article = articleFixture({
  slug: 'otters',
  title: 'Otters <b>return</b>',
  displayDate: '19 November 2026',
  standfirst: 'Three territories & more.',
  lang: 'en-GB',
  sections: [
    {
      id: 'why-they-came-back',
      title: 'Why they came back',
      blocks: [
        { type: 'paragraph', id: 'p-2', children: [{ type: 'text', text: 'Clean water.' }] },
      ],
    },
  ],
})

test('a record is the article as escaped HTML, in its language, with title and date metadata', () => {
  const record = searchRecord(article)
  expect(record.url).toBe('/articles/otters')
  expect(record.language).toBe('en-gb')
  expect(record.html).toContain('<html lang="en-gb">')
  expect(record.html).toContain('data-pagefind-meta="title:Otters &lt;b&gt;return&lt;/b&gt;"')
  expect(record.html).toContain('data-pagefind-meta="date:19 November 2026"')
  expect(record.html).toContain('<p>Three territories &amp; more.</p>')
  expect(record.html).not.toContain('<b>')
})

test('each section heading keeps its id, so a match in it is a sub-result linking to it', () => {
  expect(searchRecord(article).html).toContain(
    '<h2 id="why-they-came-back">Why they came back</h2><p>Clean water.</p>',
  )
})

test('a record carries no sort key: results are ranked by relevance, and every first search would download it', () => {
  expect(searchRecord(article).html).not.toContain('data-pagefind-sort')
})

test('languages are listed with the most articles first', () => {
  const articles = [
    articleFixture({ slug: 'a', lang: 'el' }),
    articleFixture({ slug: 'b', lang: 'en' }),
    articleFixture({ slug: 'c', lang: 'EN' }),
  ]
  expect(searchLanguages(articles)).toEqual([
    { lang: 'en', count: 2 },
    { lang: 'el', count: 1 },
  ])
})

test('languages need only each article’s language, as the list items carry it', () => {
  expect(searchLanguages([{ lang: 'ar' }, { lang: 'fr' }, { lang: 'AR' }])).toEqual([
    { lang: 'ar', count: 2 },
    { lang: 'fr', count: 1 },
  ])
})
