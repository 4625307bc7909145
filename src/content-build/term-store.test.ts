import { existsSync } from 'node:fs'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { openTermStore } from './term-store.ts'

let dir = ''
beforeEach(async () => {
  dir = path.join(await mkdtemp(path.join(tmpdir(), 'lede-terms-')), 'terms')
})
afterEach(async () => {
  await rm(path.dirname(dir), { recursive: true, force: true })
})

// Cache keys are SHA-256 digests in hex.
const keyA = 'a1'.repeat(32)
const keyB = 'b2'.repeat(32)
const words = (store: ReturnType<typeof openTermStore>, key: string) => {
  const { ids, counts } = store.termsOf(key, () => {
    throw new Error(`${key} was numbered again`)
  })
  return [...ids].map((id, at) => `${store.table.termAt(id)} ${counts[at]}`).join(' ')
}

test('an article numbered once is read back, not numbered again, by the next build', () => {
  const first = openTermStore(dir)
  first.termsOf(keyA, () => 'otter 3 river 1')
  first.termsOf(keyB, () => 'tram 2 river 4')
  first.save([keyA, keyB])
  const next = openTermStore(dir)
  expect(words(next, keyA)).toBe('otter 3 river 1')
  expect(words(next, keyB)).toBe('tram 2 river 4')
  // One word, one number, across articles.
  expect(next.termsOf(keyA, () => '').ids[1]).toBe(next.termsOf(keyB, () => '').ids[1])
  next.close()
})

test('an article not kept is dropped, and its file with it when it was the last', async () => {
  const first = openTermStore(dir)
  first.termsOf(keyA, () => 'otter 3')
  first.termsOf(keyB, () => 'tram 2')
  first.save([keyA, keyB])
  const second = openTermStore(dir)
  second.termsOf(keyA, () => 'otter 3')
  second.save([keyA])
  expect(await readdir(dir)).not.toContain('b2.bin')
  const third = openTermStore(dir)
  expect(third.termsOf(keyB, () => 'tram 9').counts[0]).toBe(9)
  third.close()
})

test('a damaged file is numbered again and written whole', async () => {
  const first = openTermStore(dir)
  first.termsOf(keyA, () => 'otter 3')
  first.save([keyA])
  await writeFile(path.join(dir, 'a1.bin'), 'not a store file')
  const second = openTermStore(dir)
  expect(second.termsOf(keyA, () => 'otter 5').counts[0]).toBe(5)
  second.save([keyA])
  const third = openTermStore(dir)
  expect(words(third, keyA)).toBe('otter 5')
  third.close()
})

test('while one build holds the store, another numbers afresh and keeps nothing', () => {
  const holder = openTermStore(dir)
  holder.termsOf(keyA, () => 'otter 3')
  holder.save([keyA])
  const first = openTermStore(dir)
  const second = openTermStore(dir)
  expect(second.termsOf(keyA, () => 'otter 7').counts[0]).toBe(7)
  second.save([keyA])
  first.close()
  expect(existsSync(path.join(dir, 'lock'))).toBe(false)
  const after = openTermStore(dir)
  expect(words(after, keyA)).toBe('otter 3')
  after.close()
})

test('a lock left by a build that died is taken over', async () => {
  const store = openTermStore(dir)
  store.termsOf(keyA, () => 'otter 3')
  store.save([keyA])
  // No process has this number: Linux's pid_max is at most 2^22.
  await writeFile(path.join(dir, 'lock'), String(2 ** 22 + 1))
  const next = openTermStore(dir)
  expect(words(next, keyA)).toBe('otter 3')
  next.close()
})

test('the numbering keeps its name while its numbers mean the same words, and only then', async () => {
  const first = openTermStore(dir)
  // A store started afresh is named at once, and the next run reads the name once it is saved.
  const name = first.numbering
  expect(name).toEqual(expect.any(String))
  first.termsOf(keyA, () => 'otter 3 river 1')
  first.save([keyA])
  const second = openTermStore(dir)
  expect(second.numbering).toBe(name)
  expect(second.storedTerms(keyA)?.counts[0]).toBe(3)
  expect(second.storedTerms(keyB)).toBeUndefined()
  second.termsOf(keyB, () => 'tram 2')
  second.save([keyA, keyB])
  const third = openTermStore(dir)
  expect(third.numbering).toBe(name)
  third.close()
  // A word list that is gone is started afresh, under another name.
  await rm(path.join(dir, 'words.txt'))
  const fresh = openTermStore(dir)
  expect(fresh.numbering).not.toBe(name)
  fresh.termsOf(keyB, () => 'tram 2')
  fresh.save([keyB])
  const renamed = openTermStore(dir)
  expect(renamed.numbering).toBe(fresh.numbering)
  renamed.close()
})

test('a build that holds no lock has no name for its numbering', () => {
  const holder = openTermStore(dir)
  holder.termsOf(keyA, () => 'otter 3')
  holder.save([keyA])
  const named = openTermStore(dir)
  const other = openTermStore(dir)
  expect(named.numbering).not.toBeNull()
  expect(other.numbering).toBeNull()
  named.close()
  other.close()
})

test('a file whose articles this run never asked for is not read or rewritten', async () => {
  const first = openTermStore(dir)
  first.termsOf(keyA, () => 'otter 3')
  first.termsOf(keyB, () => 'tram 2')
  first.save([keyA, keyB])
  // Bytes a read would find damaged, and a rewrite would replace.
  const damaged = Buffer.from('not a term store file')
  await writeFile(path.join(dir, 'b2.bin'), damaged)
  const second = openTermStore(dir)
  second.termsOf(keyA, () => 'otter 3 river 1')
  second.save([keyA, keyB])
  expect(await readFile(path.join(dir, 'b2.bin'))).toEqual(damaged)
  // Asked for, it is numbered again from its counted terms.
  const third = openTermStore(dir)
  expect(third.termsOf(keyB, () => 'tram 5').counts[0]).toBe(5)
  third.close()
})
