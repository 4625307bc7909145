import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { keyer, manifestFile, pageKey, readManifest, writeManifest } from './page-manifest.ts'

let root = ''
let file = ''
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'lede-pages-'))
  file = manifestFile(path.join(root, 'cache'), path.join(root, 'dist'))
  await mkdir(path.dirname(file))
})
afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

test('keys differ whenever any input differs, and not otherwise', () => {
  expect(pageKey('a', 'b')).toBe(pageKey('a', 'b'))
  expect(pageKey('a', 'b')).not.toBe(pageKey('ab', ''))
  expect(pageKey('a', 'b')).not.toBe(pageKey('a', 'c'))
})

test('keys made with the shared inputs hashed once are the same keys', () => {
  const key = keyer('bundle', 'template', 'http://localhost')
  expect(key('articles/a/index.html', '{"slug":"a"}')).toBe(
    pageKey('bundle', 'template', 'http://localhost', 'articles/a/index.html', '{"slug":"a"}'),
  )
  // The shared part is not used up by the first page.
  expect(key('b', '2')).toBe(pageKey('bundle', 'template', 'http://localhost', 'b', '2'))
})

test('the manifest is read back as written: keys, stats and the shared inputs', async () => {
  const pages = new Map([
    ['index.html', { key: 'k1', stat: null }],
    ['articles/a/index.html', { key: 'k2', stat: '1:2:3:4' }],
  ])
  await writeManifest(file, { common: 'c', pages })
  expect(await readManifest(file)).toEqual({ common: 'c', pages })
})

test('a missing or broken manifest is empty', async () => {
  const empty = { common: null, pages: new Map() }
  expect(await readManifest(file)).toEqual(empty)
  await writeFile(file, '{"format": 2, "common": "c"')
  expect(await readManifest(file)).toEqual(empty)
  await writeFile(file, '{"index.html": 1}')
  expect(await readManifest(file)).toEqual(empty)
  // Lists of different lengths cannot be paired up.
  const uneven = { format: 2, common: 'c', relatives: ['a', 'b'], keys: ['k'], stats: [null] }
  await writeFile(file, JSON.stringify(uneven))
  expect(await readManifest(file)).toEqual(empty)
})

test('a manifest of keys alone, as earlier runs wrote, keeps its keys and trusts no stat', async () => {
  await writeFile(file, JSON.stringify({ 'index.html': 'k1', 'articles/a/index.html': 'k2' }))
  expect(await readManifest(file)).toEqual({
    common: null,
    pages: new Map([
      ['index.html', { key: 'k1', stat: null }],
      ['articles/a/index.html', { key: 'k2', stat: null }],
    ]),
  })
})
