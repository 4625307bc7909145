// @vitest-environment node
import { appendFile, cp, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { pageCodeHash } from '../content-build/build-code-hash.ts'

// The project's own code, copied, so a change can be made to it.
let root = ''
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'lede-page-code-'))
  await cp('src', path.join(root, 'src'), { recursive: true })
  await cp('package-lock.json', path.join(root, 'package-lock.json'))
})
afterAll(() => rm(root, { recursive: true, force: true }))

const change = (file: string) => appendFile(path.join(root, file), '\n// changed\n')

// Every page's key holds this hash: a change to the build side that does not touch how a page
// is put together must not render 100,000 pages again, and one that does must.
test('the prerender page code changes with the code that makes pages, and not with the content build', async () => {
  const before = await pageCodeHash(root)
  for (const file of [
    'src/content-build/build-whole.ts',
    'src/content-build/text-column.ts',
    'src/prerender/page-manifest.ts',
    'src/prerender/plan-pages.ts',
    'src/importers/import-files.ts',
  ]) {
    await change(file)
  }
  expect(await pageCodeHash(root)).toBe(before)
  for (const file of [
    'src/prerender/html-page.ts',
    'src/articles/page-meta.ts',
    'src/lib/words/english.ts',
  ]) {
    const was = await pageCodeHash(root)
    await change(file)
    expect(await pageCodeHash(root)).not.toBe(was)
  }
})
