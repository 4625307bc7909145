import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { BuiltHead } from './article-parts.ts'

// What the last run of this code found in a source file: the file's stamp (stampOf), its
// cache key and its head (kept without its counted terms, which term-store.ts keeps).
export type SourceEntry = { stamp: string; key: string; built: BuiltHead }

// A file's size, modification time (to the nanosecond) and inode. An editor that saves a file
// changes its modification time, and one that saves by rename changes its inode too, so a
// file with the same stamp as last time holds the same text: a rebuild of 100,000 articles
// then stats each file rather than reading and hashing 500 MB of Markdown.
export function stampOf(file: string): string {
  const stats = statSync(file, { bigint: true })
  return `${stats.size}:${stats.mtimeNs}:${stats.ino}`
}

// The index of one content folder's sources, kept with the articles' cache of the same code
// (article-cache.ts), so a change of the build's code starts it afresh. Written whole, with a
// scratch file and a rename; one that cannot be read is as good as none, and every file is
// then read and keyed again.
export function readSourceIndex(file: string): Map<string, SourceEntry> {
  try {
    const rows: unknown = JSON.parse(readFileSync(file, 'utf8'))
    if (!Array.isArray(rows)) return new Map()
    const entries = new Map<string, SourceEntry>()
    for (const row of rows as unknown[]) {
      if (!Array.isArray(row) || row.length !== 4) return new Map()
      const [source, stamp, key, built] = row as unknown[]
      if (typeof source !== 'string' || typeof stamp !== 'string' || typeof key !== 'string') {
        return new Map()
      }
      if (typeof built !== 'object' || built === null) return new Map()
      entries.set(source, { stamp, key, built: built as BuiltHead })
    }
    return entries
  } catch {
    return new Map()
  }
}

export function writeSourceIndex(file: string, entries: ReadonlyMap<string, SourceEntry>): void {
  mkdirSync(path.dirname(file), { recursive: true })
  const rows = [...entries].map(([source, { stamp, key, built }]) => [source, stamp, key, built])
  const scratch = `${file}.${process.pid}.tmp`
  writeFileSync(scratch, JSON.stringify(rows))
  renameSync(scratch, file)
}
