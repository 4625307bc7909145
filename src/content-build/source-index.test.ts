import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { readSourceIndex, stampOf, writeSourceIndex, type SourceEntry } from './source-index.ts'

let root = ''
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'lede-sources-'))
})
afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

test('a file saved again has a new stamp, even with the same size', async () => {
  const file = path.join(root, 'a.md')
  await writeFile(file, 'one')
  const before = stampOf(file)
  expect(stampOf(file)).toBe(before)
  await new Promise((resolve) => setTimeout(resolve, 5))
  await writeFile(file, 'two')
  expect(stampOf(file)).not.toBe(before)
})

test('the index is read back as written, and a damaged one is as good as none', async () => {
  const file = path.join(root, 'index', 'content.json')
  const entries = new Map<string, SourceEntry>([
    ['content/articles/a.md', { stamp: '3:1:2', key: 'k', built: { problems: [] } }],
  ])
  writeSourceIndex(file, entries)
  expect(readSourceIndex(file)).toEqual(entries)
  await writeFile(file, '[["content/articles/a.md", "3:1:2"]]')
  expect(readSourceIndex(file).size).toBe(0)
  await writeFile(file, '[["cut')
  expect(readSourceIndex(file).size).toBe(0)
})
