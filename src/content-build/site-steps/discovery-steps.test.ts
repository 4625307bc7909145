import { expect, test } from 'vitest'
import { CollectionPageSchema } from '../../articles/list-schemas.ts'
import { joinArticle, splitDraft } from '../article-parts.ts'
import { checkedTextOf } from '../checked-text.ts'
import { startSite } from '../site-draft.ts'
import { linkNeighbours } from './link-neighbours.ts'
import { relateArticles } from './relate-articles.ts'
import { draftFor } from './site-fixture.ts'
import { writeCollectionPages } from './write-collection-pages.ts'

const site = () =>
  linkNeighbours(
    startSite([
      draftFor('a', { tags: ['city'], author: 'Helen Marsh' }),
      draftFor('b', { tags: ['city'], author: 'Helen Marsh' }),
      draftFor('c', { tags: ['sea'] }),
    ]),
  ).draft

test('related reading is in the article the reader fetches', () => {
  const { draft } = relateArticles(site())
  const linked = draft.articles[0]
  if (linked?.slug !== 'a') throw new Error('expected article a first')
  const article = joinArticle(linked, splitDraft(draftFor('a')).body)
  expect(article.related?.map((ref) => ref.slug)).toEqual(expect.arrayContaining(['b', 'c']))
  expect(article.moreByAuthor).toEqual([{ slug: 'b', title: 'b' }])
})

test('each topic and author gets its pages, and the topics an index', () => {
  const { draft } = writeCollectionPages(site())
  expect([...draft.files.keys()].sort()).toEqual([
    'authors/helen-marsh/1.json',
    'topics.json',
    'topics/city/1.json',
    'topics/sea/1.json',
  ])
  const city = CollectionPageSchema.parse(
    JSON.parse(checkedTextOf(draft.files.get('topics/city/1.json') ?? '')),
  )
  expect(city.articles.map((article) => article.slug)).toEqual(['a', 'b'])
})
