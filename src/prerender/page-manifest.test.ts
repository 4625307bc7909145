import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, expect, test } from 'vitest'
import {
  emptyManifest,
  manifestFile,
  readManifest,
  sameManifest,
  writeManifest,
} from './page-manifest.ts'

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

test('the manifest is read back as written: pages in order, keys, stats, shared inputs, changes read', async () => {
  const manifest = {
    common: 'c',
    relatives: ['index.html', 'articles/a/index.html'],
    keys: ['k1', 'k2'],
    stats: [null, '1:2:3:4'],
    changes: { keys: '5:6:7:8', read: 120 },
  }
  await writeManifest(file, manifest)
  expect(await readManifest(file)).toEqual(manifest)
  // Cut short, as a full disk leaves it, or with a list short of a page: as good as none.
  const written = await readFile(file, 'utf8')
  await writeFile(file, written.slice(0, -3))
  expect(await readManifest(file)).toEqual(emptyManifest())
  await writeFile(file, written.replace('"count":2', '"count":3'))
  expect(await readManifest(file)).toEqual(emptyManifest())
})

test('a manifest of the second format, three JSON lists, is read as it was written', async () => {
  const lists = {
    relatives: ['index.html', 'a/index.html'],
    keys: ['k1', 'k2'],
    stats: [null, 's'],
  }
  await writeFile(file, JSON.stringify({ format: 2, common: 'c', ...lists, changes: null }))
  expect(await readManifest(file)).toEqual({ common: 'c', ...lists, changes: null })
})

test('a missing or broken manifest is empty', async () => {
  const empty = emptyManifest()
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
    relatives: ['index.html', 'articles/a/index.html'],
    keys: ['k1', 'k2'],
    stats: [null, null],
  })
})

test('manifests are the same only when they say the same of the same pages in the same order', () => {
  const manifest = { common: 'c', relatives: ['a', 'b'], keys: ['ka', 'kb'], stats: ['1', null] }
  expect(sameManifest(manifest, { ...manifest, relatives: ['a', 'b'] })).toBe(true)
  expect(sameManifest(manifest, { ...manifest, common: 'd' })).toBe(false)
  expect(sameManifest(manifest, { ...manifest, keys: ['ka', 'kc'] })).toBe(false)
  expect(sameManifest(manifest, { ...manifest, stats: ['1', '2'] })).toBe(false)
  expect(sameManifest(manifest, { ...manifest, relatives: ['b', 'a'], keys: ['kb', 'ka'] })).toBe(
    false,
  )
  expect(
    sameManifest(manifest, {
      common: 'c',
      relatives: ['a', 'b', 'c'],
      keys: ['ka', 'kb', 'kc'],
      stats: ['1', null, null],
    }),
  ).toBe(false)
  expect(sameManifest(emptyManifest(), emptyManifest())).toBe(true)
})
