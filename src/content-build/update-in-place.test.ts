import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { recoverUpdate, updateInPlace } from './update-in-place.ts'

let root = ''
let out = ''
let scratch = ''
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'lede-update-'))
  out = path.join(root, 'out')
  scratch = path.join(root, 'scratch')
  await mkdir(path.join(out, 'authors', 'gone'), { recursive: true })
  await writeFile(path.join(out, 'same.json'), 'same')
  await writeFile(path.join(out, 'edited.json'), 'before')
  await writeFile(path.join(out, 'authors', 'gone', '1.json'), 'gone')
})
afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

const text = (relative: string) => readFile(path.join(out, relative), 'utf8')

test('changes only the files it is given, and removes gone files and their empty folders', async () => {
  const same = await stat(path.join(out, 'same.json'))
  await updateInPlace(
    out,
    {
      write: new Map<string, () => string | Promise<string>>([
        ['edited.json', () => 'after'],
        ['topics/new/1.json', () => Promise.resolve('new')],
      ]),
      remove: ['authors/gone/1.json'],
    },
    scratch,
  )
  expect(await text('edited.json')).toBe('after')
  expect(await text('topics/new/1.json')).toBe('new')
  expect((await stat(path.join(out, 'same.json'))).ino).toBe(same.ino)
  expect(existsSync(path.join(out, 'authors', 'gone'))).toBe(false)
  // The output folder itself stays, though it holds only what the update left.
  expect(existsSync(path.join(out, 'authors'))).toBe(false)
  expect(existsSync(out)).toBe(true)
  expect(existsSync(path.join(scratch, 'journal.json'))).toBe(false)
})

test('a file that cannot be made leaves the output as it was, with no scratch files', async () => {
  const update = {
    write: new Map<string, () => string | Promise<string>>([
      ['edited.json', () => 'after'],
      ['broken.json', () => Promise.reject(new Error('the cache lost it'))],
    ]),
    remove: ['same.json'],
  }
  await expect(updateInPlace(out, update, scratch)).rejects.toThrow('the cache lost it')
  expect(await text('edited.json')).toBe('before')
  expect(await text('same.json')).toBe('same')
  expect(existsSync(path.join(scratch, 'next'))).toBe(false)
})

test('an update stopped while writing is undone by the next build', async () => {
  // What a kill while writing leaves: the journal, and a new text in the scratch folder.
  await mkdir(path.join(scratch, 'next'), { recursive: true })
  const journal = {
    target: out,
    scratch,
    state: 'writing',
    write: ['edited.json'],
    remove: ['same.json'],
  }
  await writeFile(path.join(scratch, 'journal.json'), JSON.stringify(journal))
  await writeFile(path.join(scratch, 'next', 'edited.json'), 'after')
  recoverUpdate(scratch)
  expect(await text('edited.json')).toBe('before')
  expect(await text('same.json')).toBe('same')
  expect(existsSync(path.join(scratch, 'next'))).toBe(false)
  expect(existsSync(path.join(scratch, 'journal.json'))).toBe(false)
})

test('an update stopped once committed is carried to the end by the next build', async () => {
  // Stopped after renaming one of its two files, before removing anything.
  await mkdir(path.join(scratch, 'next'), { recursive: true })
  const journal = {
    target: out,
    scratch,
    state: 'committed',
    write: ['same.json', 'edited.json'],
    remove: ['authors/gone/1.json'],
  }
  await writeFile(path.join(scratch, 'journal.json'), JSON.stringify(journal))
  await writeFile(path.join(out, 'same.json'), 'renamed already')
  await writeFile(path.join(scratch, 'next', 'edited.json'), 'after')
  recoverUpdate(scratch)
  expect(await text('same.json')).toBe('renamed already')
  expect(await text('edited.json')).toBe('after')
  expect(existsSync(path.join(out, 'authors', 'gone', '1.json'))).toBe(false)
  expect(existsSync(path.join(scratch, 'journal.json'))).toBe(false)
})

test('a journal that is not one is reported, not guessed at', async () => {
  await mkdir(scratch, { recursive: true })
  await writeFile(path.join(scratch, 'journal.json'), '{"half')
  expect(() => recoverUpdate(scratch)).toThrow(/not an output journal/)
})
