import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { updateOutputInPlace, writeOutputAtomically, type OutputFile } from './write-output.ts'

let root = ''
// A file made on demand under a key, as the content build hands over an article's file.
const lazy = (key: string, text: string) => ({ key, make: () => Promise.resolve(text) })
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'lede-write-'))
})
afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

test('replaces the whole output folder and removes its scratch folder', async () => {
  const out = path.join(root, 'out')
  const scratch = path.join(root, 'scratch')
  await writeOutputAtomically(
    out,
    new Map([
      ['articles/a.json', '1'],
      ['stale.json', 'x'],
    ]),
    scratch,
  )
  await writeOutputAtomically(out, new Map([['articles/b.json', '2']]), scratch)
  expect(await readFile(path.join(out, 'articles/b.json'), 'utf8')).toBe('2')
  expect(existsSync(path.join(out, 'articles/a.json'))).toBe(false)
  expect(existsSync(path.join(out, 'stale.json'))).toBe(false)
  expect(existsSync(scratch)).toBe(false)
  // The old output is removed by another process, after the call returns.
  await expect.poll(async () => (await readdir(root)).sort(), { timeout: 10_000 }).toEqual(['out'])
})

test('a build killed between its two renames is recovered by the next build', async () => {
  const out = path.join(root, 'out')
  const scratch = path.join(root, 'scratch')
  // What a kill leaves: the old output moved aside, the new one not yet in place.
  await mkdir(path.join(scratch, 'previous'), { recursive: true })
  await writeFile(path.join(scratch, 'previous', 'old.json'), 'old')
  await mkdir(path.join(scratch, 'next-1-1'), { recursive: true })
  await writeOutputAtomically(out, new Map([['new.json', 'new']]), scratch)
  expect(await readFile(path.join(out, 'new.json'), 'utf8')).toBe('new')
  expect(existsSync(scratch)).toBe(false)
})

test('a write that fails leaves the previous output as it was', async () => {
  const out = path.join(root, 'out')
  const scratch = path.join(root, 'scratch')
  await writeOutputAtomically(out, new Map([['a.json', 'kept']]), scratch)
  // A file name the file system refuses makes the write fail midway.
  const files = new Map([
    ['b.json', 'new'],
    ['bad\0name.json', 'x'],
  ])
  await expect(writeOutputAtomically(out, files, scratch)).rejects.toThrow()
  expect(await readFile(path.join(out, 'a.json'), 'utf8')).toBe('kept')
  expect(existsSync(path.join(out, 'b.json'))).toBe(false)
})

test('a file whose text is unchanged is not written again', async () => {
  const out = path.join(root, 'out')
  const scratch = path.join(root, 'scratch')
  await writeOutputAtomically(
    out,
    new Map([
      ['articles/same.json', 'same'],
      ['articles/edited.json', 'before'],
    ]),
    scratch,
  )
  const same = await stat(path.join(out, 'articles/same.json'))
  const edited = await stat(path.join(out, 'articles/edited.json'))
  const result = await writeOutputAtomically(
    out,
    new Map([
      ['articles/same.json', 'same'],
      ['articles/edited.json', 'after'],
    ]),
    scratch,
  )
  expect(result).toEqual({ written: 1, kept: 1 })
  expect((await stat(path.join(out, 'articles/same.json'))).ino).toBe(same.ino)
  expect((await stat(path.join(out, 'articles/edited.json'))).ino).not.toBe(edited.ino)
  expect(await readFile(path.join(out, 'articles/edited.json'), 'utf8')).toBe('after')
})

test('a file made from the same key as last time is kept without being made', async () => {
  const out = path.join(root, 'out')
  const scratch = path.join(root, 'scratch')
  const manifest = path.join(root, 'keys', 'out.json')
  await writeOutputAtomically(out, new Map([['a.json', lazy('k1', 'one')]]), scratch, { manifest })
  const first = await stat(path.join(out, 'a.json'))
  const unmakeable = {
    key: 'k1',
    make: () => Promise.reject(new Error('made although its key is unchanged')),
  }
  const again = await writeOutputAtomically(out, new Map([['a.json', unmakeable]]), scratch, {
    manifest,
  })
  expect(again).toEqual({ written: 0, kept: 1 })
  expect((await stat(path.join(out, 'a.json'))).ino).toBe(first.ino)
  await writeOutputAtomically(out, new Map([['a.json', lazy('k2', 'two')]]), scratch, { manifest })
  expect(await readFile(path.join(out, 'a.json'), 'utf8')).toBe('two')
})

test('after a build stopped while swapping, files are made again rather than trusted', async () => {
  const out = path.join(root, 'out')
  const scratch = path.join(root, 'scratch')
  const manifest = path.join(root, 'keys', 'out.json')
  await writeOutputAtomically(out, new Map([['a.json', lazy('k1', 'one')]]), scratch, { manifest })
  // A second build put its output in place and stopped before keeping its keys: the output is
  // its own, under a key nobody kept.
  await writeFile(path.join(out, 'a.json'), 'two')
  await rm(manifest)
  await writeOutputAtomically(out, new Map([['a.json', lazy('k1', 'one')]]), scratch, { manifest })
  expect(await readFile(path.join(out, 'a.json'), 'utf8')).toBe('one')
})

test('with the last keys, only changed files are written and gone ones removed', async () => {
  const out = path.join(root, 'out')
  const scratch = path.join(root, 'scratch')
  const manifest = path.join(root, 'keys', 'out.json')
  const first = new Map<string, OutputFile>([
    ['list/1.json', 'list one'],
    ['authors/a/1.json', 'author a'],
    ['articles/a.json', lazy('k1', 'one')],
  ])
  await writeOutputAtomically(out, first, scratch, { manifest })
  const list = await stat(path.join(out, 'list/1.json'))
  const again = new Map<string, OutputFile>([
    ['list/1.json', 'list one'],
    ['articles/a.json', lazy('k2', 'two')],
  ])
  expect(await writeOutputAtomically(out, again, scratch, { manifest })).toEqual({
    written: 1,
    kept: 1,
  })
  expect((await stat(path.join(out, 'list/1.json'))).ino).toBe(list.ino)
  expect(await readFile(path.join(out, 'articles/a.json'), 'utf8')).toBe('two')
  expect(existsSync(path.join(out, 'authors'))).toBe(false)
  expect(existsSync(scratch)).toBe(false)
  // The keys now are the second build's: the same files again write nothing.
  expect(await writeOutputAtomically(out, again, scratch, { manifest })).toEqual({
    written: 0,
    kept: 2,
  })
})

test('a checked text is checked when it is written, and not when it is kept', async () => {
  const out = path.join(root, 'out')
  const scratch = path.join(root, 'scratch')
  const manifest = path.join(root, 'keys', 'out.json')
  const checked: string[] = []
  const page = (text: string) => ({ text, check: () => void checked.push(text) })
  await writeOutputAtomically(out, new Map([['topics/a/1.json', page('one')]]), scratch, {
    manifest,
  })
  expect(checked).toEqual(['one'])
  await writeOutputAtomically(out, new Map([['topics/a/1.json', page('one')]]), scratch, {
    manifest,
  })
  expect(checked).toEqual(['one'])
  await writeOutputAtomically(out, new Map([['topics/a/1.json', page('two')]]), scratch, {
    manifest,
  })
  expect(checked).toEqual(['one', 'two'])
  expect(await readFile(path.join(out, 'topics/a/1.json'), 'utf8')).toBe('two')
})

test('a page that fails its check leaves the previous output as it was', async () => {
  const out = path.join(root, 'out')
  const scratch = path.join(root, 'scratch')
  const manifest = path.join(root, 'keys', 'out.json')
  await writeOutputAtomically(out, new Map([['a.json', 'kept']]), scratch, { manifest })
  const failing = {
    text: 'bad',
    check: () => {
      throw new Error('not a page')
    },
  }
  await expect(
    writeOutputAtomically(out, new Map([['a.json', failing]]), scratch, { manifest }),
  ).rejects.toThrow('not a page')
  expect(await readFile(path.join(out, 'a.json'), 'utf8')).toBe('kept')
})

test('keys kept in an older shape are not trusted, and the output is made again', async () => {
  const out = path.join(root, 'out')
  const scratch = path.join(root, 'scratch')
  const manifest = path.join(root, 'keys', 'out.json')
  await writeOutputAtomically(out, new Map([['a.json', lazy('k1', 'one')]]), scratch, { manifest })
  await writeFile(path.join(out, 'a.json'), 'stale')
  // An object of paths and keys, as builds kept them before.
  await writeFile(manifest, JSON.stringify({ 'a.json': 'k1' }))
  await writeOutputAtomically(out, new Map([['a.json', lazy('k1', 'one')]]), scratch, { manifest })
  expect(await readFile(path.join(out, 'a.json'), 'utf8')).toBe('one')
  // Kept again in the new shape, they are trusted.
  const unmakeable = { key: 'k1', make: () => Promise.reject(new Error('made again')) }
  expect(
    await writeOutputAtomically(out, new Map([['a.json', unmakeable]]), scratch, { manifest }),
  ).toEqual({ written: 0, kept: 1 })
})

test('keys an update in place adds are the ones the next whole write compares with', async () => {
  const out = path.join(root, 'out')
  const scratch = path.join(root, 'scratch')
  const manifest = path.join(root, 'keys', 'out.json')
  const first = new Map<string, OutputFile>([
    ['a.json', lazy('a1', 'first a')],
    ['b.json', lazy('b1', 'first b')],
  ])
  await writeOutputAtomically(out, first, scratch, { manifest })
  const updated = await updateOutputInPlace(
    out,
    new Map([['a.json', lazy('a2', 'second a')]]),
    scratch,
    manifest,
  )
  expect(updated).toEqual({ written: 1 })
  expect(await readFile(path.join(out, 'a.json'), 'utf8')).toBe('second a')
  expect(existsSync(manifest)).toBe(true)
  // Back to the first text: the keys say a.json holds a2's, so it is written again; b.json's
  // key is the one it was written under, so it is not.
  const bWas = (await stat(path.join(out, 'b.json'))).mtimeMs
  await writeOutputAtomically(out, first, scratch, { manifest })
  expect(await readFile(path.join(out, 'a.json'), 'utf8')).toBe('first a')
  expect((await stat(path.join(out, 'b.json'))).mtimeMs).toBe(bWas)
})

test('an update in place needs the keys of the output it adds to', async () => {
  const out = path.join(root, 'out')
  const scratch = path.join(root, 'scratch')
  const manifest = path.join(root, 'keys', 'out.json')
  await writeOutputAtomically(out, new Map([['a.json', 'first']]), scratch)
  const files = new Map([['a.json', lazy('a2', 'second')]])
  expect(await updateOutputInPlace(out, files, scratch, manifest)).toBeNull()
  expect(await readFile(path.join(out, 'a.json'), 'utf8')).toBe('first')
})
