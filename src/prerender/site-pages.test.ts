import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, test } from 'vitest'
import { statSync } from 'node:fs'
import { statKey } from './source-stat.ts'
import { articlePage, collectionPage, surveySitePages } from './site-pages.ts'

test('an article file is the page at its slug', () => {
  expect(articlePage('otters-return.json')).toEqual({
    relative: 'articles/otters-return/index.html',
    kind: 'article',
    source: path.join('articles', 'otters-return.json'),
    always: false,
  })
})

test('the first page of a topic or author is its folder, later pages are under page/', () => {
  expect(collectionPage('topics', 'nature', 1).relative).toBe('topics/nature/index.html')
  expect(collectionPage('authors', 'helen-marsh', 3)).toEqual({
    relative: 'authors/helen-marsh/page/3/index.html',
    kind: 'collection',
    source: path.join('authors', 'helen-marsh', '3.json'),
    always: false,
  })
})

test('the site is the list, not-found and search pages, an article each and each collection page, with their stats', async () => {
  const data = await mkdtemp(path.join(tmpdir(), 'lede-site-pages-'))
  const file = (relative: string) => path.join(data, relative)
  try {
    await mkdir(file('articles'))
    await mkdir(file('list'))
    await mkdir(file('topics/nature'), { recursive: true })
    await mkdir(file('topics/rivers'), { recursive: true })
    await writeFile(file('list/1.json'), '{}')
    await writeFile(file('articles/a.json'), '{"slug":"a"}')
    await writeFile(file('articles/a.json.tmp'), '{}')
    await writeFile(file('topics/nature/1.json'), '{}')
    await writeFile(file('topics/nature/2.json'), '{}')
    await writeFile(file('topics/rivers/1.json'), '{}')
    // No authors folder (a site whose articles name no author), and no topics.json.
    const pages = surveySitePages(data)
    const stat = (relative: string) => statKey(statSync(file(relative), { bigint: true }))
    expect(pages.map(({ relative, stat }) => [relative, stat]).toSorted()).toEqual([
      ['404.html', null],
      ['articles/a/index.html', stat('articles/a.json')],
      ['index.html', stat('list/1.json')],
      ['search/index.html', null],
      ['topics/nature/index.html', stat('topics/nature/1.json')],
      ['topics/nature/page/2/index.html', stat('topics/nature/2.json')],
      ['topics/rivers/index.html', stat('topics/rivers/1.json')],
    ])
  } finally {
    await rm(data, { recursive: true, force: true })
  }
})
