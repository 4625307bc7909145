import { expect, test } from 'vitest'
import { articleFixture } from './article-fixture.ts'
import { LIST_PAGE_SIZE } from './site-steps/paginate-list.ts'
import { collectionFile, collectionPages, groupArticles, topicIndex } from './collection-pages.ts'

const articles = [
  articleFixture({ slug: 'a', tags: ['Local Politics', 'city'], author: 'Helen Marsh' }),
  articleFixture({ slug: 'b', tags: ['local-politics', 'μεταφορές'], author: 'helen marsh' }),
  articleFixture({ slug: 'c', tags: ['city'], author: null }),
]

test('tags that make the same address are one topic, named as the newest article names it', () => {
  const groups = groupArticles(articles)
  const politics = groups.find((group) => group.slug === 'local-politics')
  expect(politics?.name).toBe('Local Politics')
  expect(politics?.articles.map((article) => article.slug)).toEqual(['a', 'b'])
  const author = groups.find((group) => group.kind === 'author')
  expect(author).toMatchObject({ slug: 'helen-marsh', name: 'Helen Marsh' })
  expect(groups.find((group) => group.slug === 'μεταφορές')?.kind).toBe('topic')
})

test('a group is served in pages of the list size, newest first', () => {
  const many = Array.from({ length: LIST_PAGE_SIZE * 2 + 1 }, (_, i) =>
    articleFixture({ slug: `s${i}`, tags: ['city'] }),
  )
  const pages = collectionPages(groupArticles(many))
  expect(pages.map((page) => [page.page, page.pageCount, page.articles.length])).toEqual([
    [1, 3, LIST_PAGE_SIZE],
    [2, 3, LIST_PAGE_SIZE],
    [3, 3, 1],
  ])
  expect(pages[0]?.articles[0]?.slug).toBe('s0')
  expect(collectionFile(pages[1]!)).toBe('topics/city/2.json')
})

test('the topic index puts the largest topics first', () => {
  expect(topicIndex(groupArticles(articles)).map((topic) => [topic.slug, topic.count])).toEqual([
    ['city', 2],
    ['local-politics', 2],
    ['μεταφορές', 1],
  ])
})
