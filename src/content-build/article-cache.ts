import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { headOf, type ArticleBody, type BuiltHead } from './article-parts.ts'
import type { BuiltArticle, SourceFile } from './build-article.ts'

export type ArticleCache = {
  // The folder of this code version's entries, where what else is kept for the same code goes.
  folder: string
  // The entry's key: a hash of the file's path, its text and the build's code.
  keyOf: (source: SourceFile) => string
  // The article's head (article-parts.ts) or its problems; undefined when not cached.
  get: (key: string) => BuiltHead | undefined
  // Keeps a freshly built article, and gives back what `get` will give for it.
  set: (key: string, built: BuiltArticle) => BuiltHead
  // The body of a cached article, read when its file is written.
  body: (key: string) => ArticleBody
  // A cached article's counted terms, read again when related reading weighs them, so that a
  // build need not hold every article's (they are most of a head).
  terms: (key: string) => string
}

export const defaultCacheDir = 'node_modules/.cache/lede-content'

// Each article's built result (parsed, checked and summarised), kept by a hash of its path, its
// text and the build's own code, so a run re-builds only the files that changed and a change of
// the build's code starts afresh. The head and the body are two files: a rebuild reads every
// head and only the bodies of the files it writes. Each file is written whole (a scratch file,
// then a rename), the body before the head, so a build killed midway leaves no entry that is
// found without its body; one that cannot be read is a miss. The results are the build's own
// output of this very code version, so they are not validated again. Entries are read and
// written synchronously: a build reads a hundred thousand small files, and through the thread
// pool each costs about ten times what it costs on the main thread.
export async function openArticleCache(dir: string, codeHash: string): Promise<ArticleCache> {
  // Entries live in a folder per code version; those of older code can never be read again.
  const version = codeHash.slice(0, 16)
  const stale = (await readdir(dir).catch(() => [])).filter((name) => name !== version)
  await Promise.all(stale.map((name) => rm(path.join(dir, name), { recursive: true, force: true })))
  const fileOf = (key: string, part: 'head' | 'body') =>
    path.join(dir, version, key.slice(0, 2), `${key}.${part}.json`)
  // A cold build of 100,000 articles writes 200,000 entries into 256 folders: each folder is
  // made once.
  const made = new Set<string>()
  const put = (file: string, value: unknown) => {
    const folder = path.dirname(file)
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true })
      made.add(folder)
    }
    const scratch = `${file}.${process.pid}.tmp`
    writeFileSync(scratch, JSON.stringify(value))
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
        return JSON.parse(readFileSync(fileOf(key, 'head'), 'utf8')) as BuiltHead
      } catch {
        // Not there, or not whole: built again.
        return undefined
      }
    },
    set(key, builtArticle) {
      const { built, body } = headOf(builtArticle)
      if (body) put(fileOf(key, 'body'), body)
      put(fileOf(key, 'head'), built)
      return built
    },
    body: (key) => readEntry<ArticleBody>(fileOf(key, 'body')),
    terms(key) {
      const built = readEntry<BuiltHead>(fileOf(key, 'head'))
      return 'head' in built ? built.head.terms : ''
    },
  }
}

// An entry the build has already found, read again: one that is gone now is an error.
function readEntry<Entry>(file: string): Entry {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Entry
  } catch (error: unknown) {
    // Only another build of other code removes entries, or a disk that lost them.
    throw new Error(`the content cache lost ${file} during the build; build again`, {
      cause: error,
    })
  }
}
