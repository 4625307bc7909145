import { expect, test } from 'vitest'
import { readPageData, serialisePageData, type PageData } from './page-data.ts'

const data: PageData = {
  kind: 'list',
  path: '/',
  listPage: {
    page: 1,
    pageCount: 1,
    total: 1,
    articles: [
      {
        slug: 'a',
        title: '</script><script>alert(1)</script><!--',
        date: '2026-01-02',
        displayDate: '2 January 2026',
        standfirst: null,
        lang: 'en',
        dir: 'ltr',
        wordCount: 10,
      },
    ],
  },
}

test('serialised page data cannot close its script element or open a comment', () => {
  const text = serialisePageData(data)
  expect(text).not.toContain('<')
  expect(JSON.parse(text)).toEqual(data)
})

test('page data read back from the page is what was written', () => {
  const element = document.createElement('script')
  element.textContent = serialisePageData(data)
  expect(readPageData(element)).toEqual(data)
})

test("a topic page's data is read back as written", () => {
  const collection: PageData = {
    kind: 'collection',
    path: '/topics/city',
    collectionPage: {
      kind: 'topic',
      slug: 'city',
      name: 'City',
      page: 1,
      pageCount: 1,
      total: 1,
      articles: data.kind === 'list' ? data.listPage.articles : [],
    },
  }
  const element = document.createElement('script')
  element.textContent = serialisePageData(collection)
  expect(readPageData(element)).toEqual(collection)
  element.textContent = '{"kind":"collection","path":"/topics/city","collectionPage":{}}'
  expect(readPageData(element)).toBeNull()
})

test('missing or malformed page data is ignored', () => {
  const element = document.createElement('script')
  expect(readPageData(null)).toBeNull()
  element.textContent = '{"kind":"list"'
  expect(readPageData(element)).toBeNull()
  element.textContent = '{"kind":"article","path":"/articles/a","article":{}}'
  expect(readPageData(element)).toBeNull()
})
