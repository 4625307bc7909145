import { expect, test } from 'vitest'
import { addRelated, termsOfArticle } from './add-related.ts'
import { articleFixture } from './article-fixture.ts'
import { createTermTable, internTerms } from './term-table.ts'

const paragraph = (text: string) => [
  { type: 'paragraph' as const, id: 'p-1', children: [{ type: 'text' as const, text }] },
]

const articles = [
  articleFixture({
    slug: 'otters',
    title: 'Otters return to the Brack',
    author: 'Helen Marsh',
    tags: ['wildlife'],
    opening: paragraph('Otters were seen along the Brack, and their holts counted.'),
  }),
  articleFixture({ slug: 'tram', title: 'Tram extension approved', author: 'Megan Ashdown' }),
  articleFixture({
    slug: 'holts',
    title: 'Counting otter holts on the Brack',
    author: 'Helen Marsh',
    tags: ['wildlife'],
    opening: paragraph('Volunteers counted otters and holts along the river.'),
  }),
  articleFixture({ slug: 'bread', title: 'A bakery opens', author: 'Helen Marsh' }),
  articleFixture({ slug: 'budget', title: 'The council budget' }),
]
const table = createTermTable()
const terms = articles.map((article) => internTerms(table, termsOfArticle(article)))
const termsAt = (index: number) => terms[index]!

test('related reading puts the most similar article first, and makes up three', () => {
  const [otters] = addRelated(articles, termsAt, table)
  expect(otters?.related?.[0]).toEqual({
    slug: 'holts',
    title: 'Counting otter holts on the Brack',
  })
  expect(otters?.related).toHaveLength(3)
  expect(otters?.related?.map((ref) => ref.slug)).not.toContain('otters')
})

test('every article gets three to five related articles, never itself', () => {
  for (const article of addRelated(articles, termsAt, table)) {
    expect(article.related?.length).toBeGreaterThanOrEqual(3)
    expect(article.related?.length).toBeLessThanOrEqual(5)
    expect(article.related?.map((ref) => ref.slug)).not.toContain(article.slug)
  }
})

test('more from the author lists the newest others by the same author', () => {
  const [otters, tram] = addRelated(articles, termsAt, table)
  expect(otters?.moreByAuthor?.map((ref) => ref.slug)).toEqual(['holts', 'bread'])
  expect(tram?.moreByAuthor).toEqual([])
})

test('the same articles always give the same related reading', () => {
  expect(addRelated(articles, termsAt, table)).toEqual(addRelated(articles, termsAt, table))
})
