import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { articleDraft } from './article-draft-fixture.ts'
import { openArticleCache } from './article-cache.ts'
import { splitDraft } from './article-parts.ts'
import type { BuiltArticle } from './build-article.ts'

let root = ''
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'lede-cache-'))
})
afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

const source = { file: 'content/articles/a.md', text: '---\ntitle: A\n---\nText.' }
const failed: BuiltArticle = { problems: [], articleLinks: [] }
const draft = articleDraft({
  terms: 'harbour 2 wall 1',
  opening: [{ type: 'paragraph', id: 'p-1', children: [{ type: 'text', text: 'Text.' }] }],
})

test('a result is found again for the same file, text and code, and for nothing else', async () => {
  const cache = await openArticleCache(root, 'code-one-0123456789')
  const key = cache.keyOf(source)
  expect(cache.get(key)).toBeUndefined()
  cache.set(key, failed)
  expect(cache.get(key)).toEqual(failed)
  expect(cache.get(cache.keyOf({ ...source, text: `${source.text}!` }))).toBeUndefined()
  expect(cache.get(cache.keyOf({ ...source, file: 'content/articles/b.md' }))).toBeUndefined()
  const newCode = await openArticleCache(root, 'code-two-0123456789')
  expect(newCode.get(newCode.keyOf(source))).toBeUndefined()
})

test('an article is kept as its head, and its body is read apart', async () => {
  const cache = await openArticleCache(root, 'code-one-0123456789')
  const key = cache.keyOf(source)
  const { head, body } = splitDraft(draft)
  expect(cache.set(key, { draft })).toEqual({ head })
  expect(cache.get(key)).toEqual({ head })
  expect(cache.body(key)).toEqual(body)
  expect(cache.terms(key)).toBe('harbour 2 wall 1')
})

test('a body the cache no longer has is an error that says to build again', async () => {
  const cache = await openArticleCache(root, 'code-one-0123456789')
  expect(() => cache.body(cache.keyOf(source))).toThrow(/lost .* build again/)
})

test('results of older code are removed when the code changes', async () => {
  const old = await openArticleCache(root, 'code-one-0123456789')
  old.set(old.keyOf(source), failed)
  await openArticleCache(root, 'code-two-0123456789')
  expect(await readdir(root)).toEqual([])
})
