// @vitest-environment node
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { articleFixture } from '../src/content-build/article-fixture.ts'
import { readBuiltArticle } from './read-built-article.ts'

let dataDir = ''
beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'lede-built-article-'))
  await mkdir(path.join(dataDir, 'articles'))
})
afterEach(() => rm(dataDir, { recursive: true, force: true }))

const write = (slug: string, value: unknown) =>
  writeFile(path.join(dataDir, 'articles', `${slug}.json`), JSON.stringify(value))

test('an article is read from articles/<slug>.json, whole', async () => {
  const article = articleFixture({ slug: 'otters', tags: ['wildlife'] })
  await write('otters', article)
  expect(await readBuiltArticle(dataDir, 'otters')).toEqual(article)
})

test('a file that is not an article fails, as does one that is not there', async () => {
  await write('broken', { slug: 'broken' })
  await expect(readBuiltArticle(dataDir, 'broken')).rejects.toThrow()
  await expect(readBuiltArticle(dataDir, 'missing')).rejects.toThrow(/ENOENT/)
})
