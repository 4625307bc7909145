import { expect, test } from 'vitest'
import { ArticleListPageSchema } from '../../articles/list-schemas.ts'
import { checkedTextOf } from '../checked-text.ts'
import { startSite } from '../site-draft.ts'
import { linkNeighbours } from './link-neighbours.ts'
import { paginateList } from './paginate-list.ts'
import { draftFor } from './site-fixture.ts'
import { writeDataFiles } from './write-data-files.ts'

test("one JSON file per list page, next to files other steps wrote, and none of an article's", () => {
  const site = paginateList(linkNeighbours(startSite([draftFor('a'), draftFor('b')])).draft).draft
  const { draft } = writeDataFiles({ ...site, files: new Map([['feed.xml', '<feed/>']]) })
  expect([...draft.files.keys()]).toEqual(['feed.xml', 'list/1.json'])
  const list = ArticleListPageSchema.parse(
    JSON.parse(checkedTextOf(draft.files.get('list/1.json') ?? '')),
  )
  expect(list.articles.map((article) => article.slug)).toEqual(['a', 'b'])
})
