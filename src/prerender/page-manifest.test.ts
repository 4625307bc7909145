import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { isCurrent, manifestFile, pageKey, readManifest, writeManifest } from './page-manifest.ts'

let root = ''
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'lede-pages-'))
})
afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

test('a page is current only if it is on disk and was made from the same inputs', async () => {
  const out = path.join(root, 'dist')
  await mkdir(path.join(out, 'articles', 'a'), { recursive: true })
  await writeFile(path.join(out, 'articles', 'a', 'index.html'), '<p>a</p>')
  const key = pageKey('bundle', 'template', '{"slug":"a"}')
  const manifest = { 'articles/a/index.html': key, 'articles/b/index.html': key }
  expect(isCurrent(manifest, out, 'articles/a/index.html', key)).toBe(true)
  expect(
    isCurrent(manifest, out, 'articles/a/index.html', pageKey('bundle', 'template', '{}')),
  ).toBe(false)
  // Listed, but the page is gone (a client build empties the folder).
  expect(isCurrent(manifest, out, 'articles/b/index.html', key)).toBe(false)
  expect(isCurrent({}, out, 'articles/a/index.html', key)).toBe(false)
})

test('keys differ whenever any input differs, and not otherwise', () => {
  expect(pageKey('a', 'b')).toBe(pageKey('a', 'b'))
  expect(pageKey('a', 'b')).not.toBe(pageKey('ab', ''))
  expect(pageKey('a', 'b')).not.toBe(pageKey('a', 'c'))
})

test('the manifest is read back as written, and a missing or broken one is empty', async () => {
  const file = manifestFile(path.join(root, 'cache'), path.join(root, 'dist'))
  expect(await readManifest(file)).toEqual({})
  await writeManifest(file, { 'index.html': 'k1' })
  expect(await readManifest(file)).toEqual({ 'index.html': 'k1' })
  await writeFile(file, '{"index.html": 1}')
  expect(await readManifest(file)).toEqual({})
  await writeFile(file, '{"index.html": "k1"')
  expect(await readManifest(file)).toEqual({})
})
