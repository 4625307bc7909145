import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { ArticleCache } from './article-cache.ts'
import type { SourceFile } from './build-article.ts'
import { stampFolders, type FolderStamps } from './folder-stamps.ts'
import { markdownFiles } from './markdown-files.ts'
import { readSourceIndex, stampOf, type SourceEntry } from './source-index.ts'

// A content folder's Markdown files with their cache keys. A file whose stamp (source-index.ts)
// is the one the last run recorded has the key, and the head, recorded then, and is not read.
export type Sources = {
  files: string[]
  stamps: string[]
  keys: string[]
  known: (SourceEntry | undefined)[]
  read: (index: number) => SourceFile
  indexFile: string
  // Whether the index already says all there is: every file known, none gone.
  indexCurrent: boolean
  // The folders as they were when the files were listed (folder-stamps.ts).
  listing: FolderStamps
}

export async function findSources(folder: string, cache: ArticleCache): Promise<Sources> {
  const listedAt = Date.now()
  const listed = markdownFiles(folder)
  const listing = stampFolders(listed.folders, listedAt)
  const sorted = listed.files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  const paths = sorted.map((each) => each.path)
  const files = sorted.map((each) => each.file)
  const indexFile = path.join(cache.folder, 'sources', `${nameOf(folder)}.json`)
  const index = readSourceIndex(indexFile)
  // Read on the main thread, as the cache is (article-cache.ts says why).
  const read = (at: number): SourceFile => ({
    file: files[at] as string,
    text: readFileSync(paths[at] as string, 'utf8'),
  })
  const stamps = paths.map(stampOf)
  const known = files.map((file, at) => {
    const entry = index.get(file)
    return entry?.stamp === stamps[at] ? entry : undefined
  })
  const keys = files.map((_, at) => known[at]?.key ?? cache.keyOf(read(at)))
  const indexCurrent = index.size === files.length && known.every((entry) => entry !== undefined)
  return { files, stamps, keys, known, read, indexFile, indexCurrent, listing }
}

// A folder's name for the files kept about it, so two folders never share them.
export function nameOf(folder: string): string {
  return createHash('sha256').update(path.resolve(folder)).digest('hex').slice(0, 16)
}
