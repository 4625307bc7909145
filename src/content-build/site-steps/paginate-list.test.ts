import { expect, test } from 'vitest'
import { startSite } from '../site-draft.ts'
import { linkNeighbours } from './link-neighbours.ts'
import { LIST_PAGE_SIZE, paginateList } from './paginate-list.ts'
import { draftFor } from './site-fixture.ts'

const linked = (count: number) =>
  linkNeighbours(
    startSite(Array.from({ length: count }, (_, index) => draftFor(`article-${index}`))),
  ).draft

test('the list is split into pages of 20, each knowing the total', () => {
  const { draft } = paginateList(linked(LIST_PAGE_SIZE * 2 + 1))
  expect(draft.listPages.map((page) => [page.page, page.pageCount, page.articles.length])).toEqual([
    [1, 3, 20],
    [2, 3, 20],
    [3, 3, 1],
  ])
  expect(draft.listPages[2]?.total).toBe(41)
})

test('an empty collection still has a first page', () => {
  expect(paginateList(linked(0)).draft.listPages).toEqual([
    { page: 1, pageCount: 1, total: 0, articles: [] },
  ])
})
