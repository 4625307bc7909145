import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { pagesOnDisk } from './pages-on-disk.ts'

let out = ''
beforeEach(async () => {
  out = await mkdtemp(path.join(tmpdir(), 'lede-pages-on-disk-'))
})
afterEach(async () => {
  await rm(out, { recursive: true, force: true })
})

async function page(relative: string) {
  await mkdir(path.dirname(path.join(out, relative)), { recursive: true })
  await writeFile(path.join(out, relative), '<!doctype html>')
}

test('pages written by an earlier run are on disk, at the top and in folders of any depth', async () => {
  await page('404.html')
  await page('search/index.html')
  await page('articles/a/index.html')
  await page('topics/nature/index.html')
  await page('topics/nature/page/2/index.html')
  const onDisk = pagesOnDisk(out)
  expect(onDisk('404.html')).toBe(true)
  expect(onDisk('search/index.html')).toBe(true)
  expect(onDisk('articles/a/index.html')).toBe(true)
  expect(onDisk('topics/nature/index.html')).toBe(true)
  expect(onDisk('topics/nature/page/2/index.html')).toBe(true)
})

test('a page whose folder is gone, or was never written, is not on disk', async () => {
  await page('articles/a/index.html')
  await page('topics/nature/index.html')
  const onDisk = pagesOnDisk(out)
  expect(onDisk('articles/b/index.html')).toBe(false)
  expect(onDisk('topics/nature/page/2/index.html')).toBe(false)
  expect(onDisk('topics/rivers/index.html')).toBe(false)
  expect(onDisk('404.html')).toBe(false)
})

test('after a client build empties the output folder, no page is on disk', async () => {
  await page('404.html')
  await page('articles/a/index.html')
  await page('authors/helen-marsh/page/3/index.html')
  await rm(out, { recursive: true })
  await mkdir(out)
  // The client build writes its own index.html: the list page, which is always rendered.
  await writeFile(path.join(out, 'index.html'), '<!doctype html>')
  const onDisk = pagesOnDisk(out)
  expect(onDisk('404.html')).toBe(false)
  expect(onDisk('articles/a/index.html')).toBe(false)
  expect(onDisk('authors/helen-marsh/page/3/index.html')).toBe(false)
})
