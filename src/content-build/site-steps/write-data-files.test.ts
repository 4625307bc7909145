import { expect, test } from 'vitest'
import { ArticleSchema } from '../../articles/article-schema.ts'
import { startSite } from '../site-draft.ts'
import { linkNeighbours } from './link-neighbours.ts'
import { paginateList } from './paginate-list.ts'
import { draftFor } from './site-fixture.ts'
import { writeDataFiles } from './write-data-files.ts'

test('one JSON file per article and per list page, next to files other steps wrote', () => {
  const site = paginateList(linkNeighbours(startSite([draftFor('a'), draftFor('b')])).draft).draft
  const { draft } = writeDataFiles({ ...site, files: new Map([['feed.xml', '<feed/>']]) })
  expect([...draft.files.keys()]).toEqual([
    'feed.xml',
    'articles/a.json',
    'articles/b.json',
    'list/1.json',
  ])
  const article = ArticleSchema.parse(JSON.parse(draft.files.get('articles/b.json') ?? ''))
  expect(article.previous?.slug).toBe('a')
})
