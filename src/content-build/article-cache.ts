import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import type { ArticleBody, BuiltHead, CacheEntry } from './article-parts.ts'
import type { SourceFile } from './build-article.ts'

export type ArticleCache = {
  // The folder of this code version's entries, where what else is kept for the same code goes.
  folder: string
  // The entry's key: a hash of the file's path, its text and the build's code.
  keyOf: (source: SourceFile) => string
  // The article's head (article-parts.ts) or its problems; undefined when not cached.
  get: (key: string) => BuiltHead | undefined
  // Keeps a freshly built article (article-parts.ts), and gives back what `get` will give for it.
  set: (key: string, entry: CacheEntry) => BuiltHead
  // The body of a cached article, read when its file is written: as its JSON text, or parsed.
  bodyText: (key: string) => string
  body: (key: string) => ArticleBody
  // A cached article's counted terms, read again when related reading weighs them, so that a
  // build need not hold every article's (they are most of a head).
  terms: (key: string) => string
}

export const defaultCacheDir = 'node_modules/.cache/lede-content'

// Each article's built result (parsed, checked and summarised), kept by a hash of its path, its
// text and the build's own code, so a run re-builds only the files that changed and a change of
// the build's code starts afresh. An entry is one file of two lines, the body's JSON and then
// the head's (JSON never holds a raw line break): a rebuild reads every head from the sources'
// index and only the bodies of the files it writes. One file rather than two halves what a cold
// build of 100,000 articles asks of the disk. It is written whole (a scratch file, then a
// rename), so another build reading it at that moment finds all of it or none: a body is joined
// into an article's file as the text it is (article-parts.ts), unparsed. An entry cut short
// anyway (a disk that lost its end) cannot be read, as its head line is not whole JSON, and is
// a miss, built again. The results are the build's own output of this very code version, so
// they are not validated again. Entries are read and written synchronously: a build reads a
// hundred thousand small files, and through the thread pool each costs about ten times what it
// costs on the main thread.
export async function openArticleCache(dir: string, codeHash: string): Promise<ArticleCache> {
  // Entries live in a folder per code version; those of older code can never be read again.
  const version = codeHash.slice(0, 16)
  const stale = (await readdir(dir).catch(() => [])).filter((name) => name !== version)
  await Promise.all(stale.map((name) => rm(path.join(dir, name), { recursive: true, force: true })))
  const fileOf = (key: string) => path.join(dir, version, key.slice(0, 2), `${key}.json`)
  // A cold build of 100,000 articles writes 100,000 entries into 256 folders: each folder is
  // made once.
  const made = new Set<string>()
  const put = (file: string, text: string) => {
    const folder = path.dirname(file)
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true })
      made.add(folder)
    }
    const scratch = `${file}.${process.pid}.tmp`
    writeFileSync(scratch, text)
    renameSync(scratch, file)
  }
  return {
    folder: path.join(dir, version),
    keyOf: (source) =>
      createHash('sha256')
        .update(codeHash)
        .update('\0')
        .update(source.file)
        .update('\0')
        .update(source.text)
        .digest('hex'),
    get(key) {
      try {
        return JSON.parse(headLine(readFileSync(fileOf(key), 'utf8'))) as BuiltHead
      } catch {
        // Not there, or not whole: built again.
        return undefined
      }
    },
    set(key, entry) {
      put(fileOf(key), `${entry.body ?? 'null'}\n${entry.head}`)
      return JSON.parse(entry.head) as BuiltHead
    },
    bodyText: (key) => bodyLine(readEntry(fileOf(key))),
    body: (key) => JSON.parse(bodyLine(readEntry(fileOf(key)))) as ArticleBody,
    terms(key) {
      const built = JSON.parse(headLine(readEntry(fileOf(key)))) as BuiltHead
      return 'head' in built ? built.head.terms : ''
    },
  }
}

// An entry without its line break was cut short before its head: not whole.
function lineBreakOf(text: string): number {
  const at = text.indexOf('\n')
  if (at < 0) throw new Error('a content cache entry was cut short')
  return at
}
const bodyLine = (text: string) => text.slice(0, lineBreakOf(text))
const headLine = (text: string) => text.slice(lineBreakOf(text) + 1)

// An entry the build has already found, read again: one that is gone now is an error.
function readEntry(file: string): string {
  try {
    return readFileSync(file, 'utf8')
  } catch (error: unknown) {
    // Only another build of other code removes entries, or a disk that lost them.
    throw new Error(`the content cache lost ${file} during the build; build again`, {
      cause: error,
    })
  }
}
