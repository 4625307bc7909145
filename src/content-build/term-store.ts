import { randomUUID } from 'node:crypto'
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { lockFolder, unlockFolder } from './folder-lock.ts'
import { createTermTable, internTerms, type TermIds, type TermTable } from './term-table.ts'

export type TermStore = {
  table: TermTable
  // An article's numbered terms by its cache key: kept from an earlier run, or numbered now
  // from its counted terms (term-counts.ts), read only when they are not kept.
  termsOf: (key: string, counted: () => string) => TermIds
  // The terms the store holds for a key, if it holds them, without numbering anything.
  storedTerms: (key: string) => TermIds | undefined
  // A name for this numbering of the words, the same for every run whose numbers mean the same
  // words: what related reading keeps between runs is in these numbers (relate-collection.ts).
  // Null for a run that does not hold the store, whose numbers are its own.
  numbering: string | null
  // Keeps what `termsOf` gave for these keys, and nothing else, for the next run, and lets
  // another build use the store.
  save: (keys: Iterable<string>) => void
  // Lets another build use the store, keeping nothing (a build that failed).
  close: () => void
}

const SHARDS = 256
const MAGIC = 0x3254444c

// Related reading's numbered words (term-table.ts), kept between runs so a rebuild numbers only
// the words of the articles that changed: numbering 10,000 articles' words costs about a
// second, reading them back numbered a few milliseconds.
//
// The store is a folder: `words.txt`, every word numbered so far, one per line, its number its
// line; and 256 files of articles by the first two digits of their cache key, so an edit
// rewrites two small files and the word list, not the whole store. Each file is written whole
// (a scratch file, then a rename), the word list before the articles that use it, so a build
// killed midway leaves files that agree; a file that cannot be read, or names a word the list
// lacks, is as good as none, and its articles are numbered again. Numbers are only ever added,
// so one build holds the store at a time (a lock file); another build at the same moment
// numbers its words afresh and keeps nothing. The store is a shortcut only: what it gives is
// what numbering the article's counted terms gives.
//
// `numbering.txt` names the word list's numbering. It is made for a word list that has none.
// A word list started afresh is named when the run starts, and the name written only once the
// list is (the old name removed first), so a name never stands for two numberings, even after a
// build killed midway, and what the first run keeps is in the name the next run reads.
export function openTermStore(dir: string): TermStore {
  const table = createTermTable()
  const shards = new Map<string, Shard>()
  const wordsFile = path.join(dir, 'words.txt')
  const numberingFile = path.join(dir, 'numbering.txt')
  const held = lockFolder(dir)
  let storedWords = 0
  let numbering: string | null = null
  if (held) {
    try {
      const text = readFileSync(wordsFile, 'utf8')
      for (const word of text ? text.split('\n') : []) table.idOf(word)
      storedWords = table.size()
      numbering = readFileSync(numberingFile, 'utf8').trim() || null
    } catch {
      // No store yet, or not readable: every article is numbered afresh. Or no name for the
      // numbering: it is named below.
    }
    if (storedWords && !numbering) {
      numbering = randomUUID()
      writeWhole(numberingFile, numbering)
    }
  }
  // A word list started afresh is written over the old one, which the name stands for.
  const fresh = held && !numbering
  if (fresh) numbering = randomUUID()
  const known = storedWords
  const shardNamed = (name: string): Shard => {
    let shard = shards.get(name)
    if (!shard) {
      shard = held ? readShard(path.join(dir, `${name}.bin`), known) : emptyShard()
      shards.set(name, shard)
    }
    return shard
  }
  let open = held
  const release = () => {
    if (open) unlockFolder(dir)
    open = false
  }
  return {
    table,
    termsOf(key, counted) {
      const shard = shardNamed(key.slice(0, 2))
      let terms = shard.entries.get(key)
      if (!terms) {
        terms = internTerms(table, counted())
        shard.entries.set(key, terms)
        shard.changed = true
      }
      return terms
    },
    storedTerms: (key) => shardNamed(key.slice(0, 2)).entries.get(key),
    numbering,
    save(keys) {
      if (!open) return
      try {
        saveStore(keys)
      } finally {
        release()
      }
    },
    close: release,
  }

  function saveStore(keys: Iterable<string>): void {
    const kept = new Map<string, string[]>()
    for (const key of keys) {
      const name = key.slice(0, 2)
      const list = kept.get(name)
      if (list) list.push(key)
      else kept.set(name, [key])
    }
    if (table.size() > storedWords) {
      if (fresh) rmSync(numberingFile, { force: true })
      const words = Array.from({ length: table.size() }, (_, id) => table.termAt(id))
      writeWhole(wordsFile, words.join('\n'))
      storedWords = table.size()
      if (fresh && numbering) writeWhole(numberingFile, numbering)
    }
    for (let at = 0; at < SHARDS; at++) {
      const name = at.toString(16).padStart(2, '0')
      const file = path.join(dir, `${name}.bin`)
      const keep = kept.get(name)
      if (!keep) {
        rmSync(file, { force: true })
        continue
      }
      // A file this run never read has nothing new: it is left as it is, even if it holds an
      // article that is gone (the store is by key, so an old entry is never wrong, only
      // unused) rather than read whole to drop it. At 100,000 articles an edit reads a few of
      // the 256 files, and reading the rest to rewrite none would take a second.
      const shard = shards.get(name)
      if (!shard) continue
      const entries = keep.flatMap((key) => {
        const terms = shard.entries.get(key)
        return terms ? [[key, terms] as const] : []
      })
      // Unchanged when nothing was added and nothing is dropped.
      if (!shard.changed && entries.length === shard.entries.size) continue
      writeWhole(file, encodeShard(entries))
    }
  }
}

// One file's articles, and whether they differ from what the file holds.
type Shard = { entries: Map<string, TermIds>; changed: boolean }
const emptyShard = (): Shard => ({ entries: new Map(), changed: true })

function writeWhole(file: string, data: string | Uint8Array): void {
  const scratch = `${file}.${process.pid}.tmp`
  writeFileSync(scratch, data)
  renameSync(scratch, file)
}

// A shard's file, as 32-bit integers in the machine's order (the store is this machine's
// cache): the magic, the number of articles, then for each its key (32 bytes, 8 integers), its
// number of terms n, n word numbers (lines of words.txt) and n counts.
function encodeShard(entries: readonly (readonly [string, TermIds])[]): Uint8Array {
  let integers = 2
  for (const [, { ids }] of entries) integers += 9 + 2 * ids.length
  const out = new Uint32Array(integers)
  out[0] = MAGIC
  out[1] = entries.length
  let at = 2
  for (const [key, { ids, counts }] of entries) {
    new Uint8Array(out.buffer, at * 4, 32).set(Buffer.from(key, 'hex'))
    at += 8
    out[at++] = ids.length
    out.set(ids, at)
    at += ids.length
    out.set(counts, at)
    at += counts.length
  }
  return new Uint8Array(out.buffer)
}

function readShard(file: string, words: number): Shard {
  let bytes: Buffer
  try {
    bytes = readFileSync(file)
  } catch {
    return { entries: new Map(), changed: false }
  }
  const entries = new Map<string, TermIds>()
  try {
    if (bytes.length % 4 !== 0 || bytes.length < 8) throw new Error('not whole')
    // A copy, so the integers are aligned whatever the buffer's offset.
    const ints = new Uint32Array(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length),
    )
    if (ints[0] !== MAGIC) throw new Error('not a term store file')
    const count = ints[1]!
    let at = 2
    for (let doc = 0; doc < count; doc++) {
      const key = Buffer.from(ints.buffer, at * 4, 32).toString('hex')
      at += 8
      const n = ints[at++]!
      if (at + 2 * n > ints.length) throw new Error('cut short')
      const ids = ints.subarray(at, at + n)
      for (const id of ids) if (id >= words) throw new Error('a word the list lacks')
      entries.set(key, { ids, counts: ints.subarray(at + n, at + 2 * n) })
      at += 2 * n
    }
    if (at !== ints.length) throw new Error('left over')
    return { entries, changed: false }
  } catch {
    // Damaged: its articles are numbered again from their counted terms, and it is rewritten.
    return { entries: new Map(), changed: true }
  }
}
