import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { articleDraft } from './article-draft-fixture.ts'
import { openArticleCache } from './article-cache.ts'
import { cacheEntryOf, splitDraft } from './article-parts.ts'
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
  cache.set(key, cacheEntryOf(failed))
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
  expect(cache.set(key, cacheEntryOf({ draft }))).toEqual({ head })
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
  old.set(old.keyOf(source), cacheEntryOf(failed))
  await openArticleCache(root, 'code-two-0123456789')
  expect(await readdir(root)).toEqual([])
})

test('an entry cut short is a miss, wherever it was cut', async () => {
  const cache = await openArticleCache(root, 'code-one-0123456789')
  const key = cache.keyOf(source)
  cache.set(key, cacheEntryOf({ draft }))
  const [folder] = await readdir(root)
  const file = path.join(root, folder as string, key.slice(0, 2), `${key}.json`)
  const whole = await readFile(file, 'utf8')
  const lineBreak = whole.indexOf('\n')
  // Inside the body, just before and after the line break, and inside the head.
  for (const length of [0, 10, lineBreak, lineBreak + 1, lineBreak + 20, whole.length - 1]) {
    await writeFile(file, whole.slice(0, length))
    expect(cache.get(key)).toBeUndefined()
  }
  await writeFile(file, whole)
  expect(cache.get(key)).toEqual({ head: splitDraft(draft).head })
})
