import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { BuiltArticle, SourceFile } from './build-article.ts'

export type ArticleCache = {
  get: (source: SourceFile) => Promise<BuiltArticle | undefined>
  set: (source: SourceFile, built: BuiltArticle) => Promise<void>
}

export const defaultCacheDir = 'node_modules/.cache/lede-content'

// Each article's built result (parsed, checked and summarised), kept by a hash of its path, its
// text and the build's own code, so a run re-builds only the files that changed and a change of
// the build's code starts afresh. Entries are written whole (a scratch file, then a rename), so a
// build killed midway leaves no half entry; one that cannot be read is a miss. The results are
// the build's own output of this very code version, so they are not validated again.
export async function openArticleCache(dir: string, codeHash: string): Promise<ArticleCache> {
  // Entries live in a folder per code version; those of older code can never be read again.
  const version = codeHash.slice(0, 16)
  const stale = (await readdir(dir).catch(() => [])).filter((name) => name !== version)
  await Promise.all(stale.map((name) => rm(path.join(dir, name), { recursive: true, force: true })))
  const fileOf = (source: SourceFile) => {
    const key = createHash('sha256')
      .update(codeHash)
      .update('\0')
      .update(source.file)
      .update('\0')
      .update(source.text)
      .digest('hex')
    return path.join(dir, version, key.slice(0, 2), `${key}.json`)
  }
  return {
    async get(source) {
      const text = await readFile(fileOf(source), 'utf8').catch(() => null)
      if (text === null) return undefined
      try {
        return JSON.parse(text) as BuiltArticle
      } catch {
        return undefined
      }
    },
    async set(source, built) {
      const file = fileOf(source)
      await mkdir(path.dirname(file), { recursive: true })
      const scratch = `${file}.${process.pid}.tmp`
      await writeFile(scratch, JSON.stringify(built))
      await rename(scratch, file)
    },
  }
}
