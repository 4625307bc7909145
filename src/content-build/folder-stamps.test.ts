// @vitest-environment node
import { mkdir, mkdtemp, rename, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { listingHolds, SETTLE_MS, stampFolders } from './folder-stamps.ts'

let root = ''
let inner = ''
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'lede-folder-stamps-'))
  inner = path.join(root, 'inner')
  await mkdir(inner)
  await writeFile(path.join(inner, 'a.md'), 'a')
})
afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

const settle = async () => {
  const hourAgo = new Date(Date.now() - 3_600_000)
  for (const folder of [root, inner]) await utimes(folder, hourAgo, hourAgo)
}

test('settled folders that keep their stamps hold their listing', async () => {
  await settle()
  const stamps = stampFolders([root, inner], Date.now())
  expect(listingHolds(stamps)).toBe(true)
  // Editing a file in place changes the file, not its folder.
  await writeFile(path.join(inner, 'a.md'), 'a, edited')
  expect(listingHolds(stamps)).toBe(true)
})

test('a file added, removed or renamed in any folder breaks the listing', async () => {
  for (const change of [
    () => writeFile(path.join(inner, 'b.md'), 'b'),
    () => rm(path.join(inner, 'a.md')),
    () => rename(path.join(inner, 'a.md'), path.join(inner, 'c.md')),
    () => rm(inner, { recursive: true }),
  ]) {
    await rm(root, { recursive: true, force: true })
    await mkdir(inner, { recursive: true })
    await writeFile(path.join(inner, 'a.md'), 'a')
    await settle()
    const stamps = stampFolders([root, inner], Date.now())
    expect(listingHolds(stamps)).toBe(true)
    await change()
    expect(listingHolds(stamps)).toBe(false)
  }
})

test('folders changed close to the listing are not trusted, nor an empty listing', async () => {
  // Changed just now: a file added in the same tick of a coarse clock would not show.
  expect(listingHolds(stampFolders([root, inner], Date.now()))).toBe(false)
  await settle()
  const hourAgo = Date.now() - 3_600_000
  expect(listingHolds(stampFolders([root, inner], hourAgo + SETTLE_MS / 2))).toBe(false)
  expect(listingHolds(stampFolders([root, inner], hourAgo + SETTLE_MS * 2))).toBe(true)
  expect(listingHolds({ listedAt: Date.now(), folders: [] })).toBe(false)
})
