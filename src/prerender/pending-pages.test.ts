import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { clearPending, readPending, writePending } from './pending-pages.ts'

let file = ''
beforeEach(async () => {
  file = path.join(await mkdtemp(path.join(tmpdir(), 'lede-pending-')), 'pages.pending.json')
})
afterEach(async () => {
  await rm(path.dirname(file), { recursive: true, force: true })
})

test('no list means no page in doubt; a list is read back as written, until cleared', async () => {
  expect(await readPending(file)).toEqual(new Set())
  await writePending(file, ['articles/a/index.html', 'index.html'])
  expect(await readPending(file)).toEqual(new Set(['articles/a/index.html', 'index.html']))
  await clearPending(file)
  expect(await readPending(file)).toEqual(new Set())
})

test('a list that cannot be read puts every page in doubt', async () => {
  await writeFile(file, '["articles/a/index.html"')
  expect(await readPending(file)).toBe('all')
  await writeFile(file, '{"articles/a/index.html": true}')
  expect(await readPending(file)).toBe('all')
})
