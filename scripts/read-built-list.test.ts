// @vitest-environment node
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { ArticleListItemSchema } from '../src/articles/list-schemas.ts'
import { articleFixture } from '../src/content-build/article-fixture.ts'
import { readBuiltList } from './read-built-list.ts'

let dataDir = ''
beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'lede-built-list-'))
  await mkdir(path.join(dataDir, 'list'))
})
afterEach(() => rm(dataDir, { recursive: true, force: true }))

const writePage = (page: number, pageCount: number, items: unknown[]) =>
  writeFile(
    path.join(dataDir, 'list', `${page}.json`),
    JSON.stringify({ page, pageCount, total: pageCount, articles: items }),
  )

test('the items come in reading order, page by page by number, with only what the site files use', async () => {
  // Eleven pages, so the folder's order (1, 10, 11, 2, ...) is not the pages' order.
  for (let page = 1; page <= 11; page++) {
    const article = articleFixture({
      slug: `article-${page}`,
      standfirst: 'A standfirst the site files have no use for.',
      tags: page % 2 ? ['harbour'] : [],
      author: page === 1 ? 'Helen Marsh' : null,
    })
    await writePage(page, 11, [ArticleListItemSchema.parse(article)])
  }
  const items = await readBuiltList(dataDir)
  expect(items.map((item) => item.slug)).toEqual(
    Array.from({ length: 11 }, (_, i) => `article-${i + 1}`),
  )
  expect(items[0]).toEqual({
    slug: 'article-1',
    title: 'article-1',
    date: '2026-11-01',
    lang: 'en',
    tags: ['harbour'],
    author: 'Helen Marsh',
  })
  expect(items[1]).toMatchObject({ tags: [], author: null })
})

test('a list whose items carry no topics or author is refused, naming its file', async () => {
  const item = ArticleListItemSchema.parse(articleFixture({ slug: 'old' }))
  const old = Object.fromEntries(
    Object.entries(item).filter(([key]) => key !== 'tags' && key !== 'author'),
  )
  await writePage(1, 1, [old])
  await expect(readBuiltList(dataDir)).rejects.toThrow(
    /list[/\\]1\.json: the list item "old" has no tags or author/,
  )
})

test('a list page that is not a list page fails the run', async () => {
  await writePage(1, 1, [{ slug: 'no-title' }])
  await expect(readBuiltList(dataDir)).rejects.toThrow()
})
