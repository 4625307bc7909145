import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { openArticleCache } from './article-cache.ts'
import type { BuiltArticle } from './build-article.ts'

let root = ''
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'lede-cache-'))
})
afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

const source = { file: 'content/articles/a.md', text: '---\ntitle: A\n---\nText.' }
const built: BuiltArticle = { problems: [], articleLinks: [] }

test('a result is found again for the same file, text and code, and for nothing else', async () => {
  const cache = await openArticleCache(root, 'code-one-0123456789')
  expect(await cache.get(source)).toBeUndefined()
  await cache.set(source, built)
  expect(await cache.get(source)).toEqual(built)
  expect(await cache.get({ ...source, text: `${source.text}!` })).toBeUndefined()
  expect(await cache.get({ ...source, file: 'content/articles/b.md' })).toBeUndefined()
  const newCode = await openArticleCache(root, 'code-two-0123456789')
  expect(await newCode.get(source)).toBeUndefined()
})

test('results of older code are removed when the code changes', async () => {
  const old = await openArticleCache(root, 'code-one-0123456789')
  await old.set(source, built)
  await openArticleCache(root, 'code-two-0123456789')
  expect(await readdir(root)).toEqual([])
})
