import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import type { ArticleCache } from './article-cache.ts'
import type { SourceFile } from './build-article.ts'
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
}

export async function findSources(folder: string, cache: ArticleCache): Promise<Sources> {
  const paths = await listMarkdown(folder)
  const files = paths.map((file) => path.relative(process.cwd(), file))
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
  return { files, stamps, keys, known, read, indexFile, indexCurrent }
}

// A folder's name for the files kept about it, so two folders never share them.
export function nameOf(folder: string): string {
  return createHash('sha256').update(path.resolve(folder)).digest('hex').slice(0, 16)
}

async function listMarkdown(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort()
}
