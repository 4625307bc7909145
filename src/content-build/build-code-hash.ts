import { createHash } from 'node:crypto'
import { statSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

// What an article's cached result depends on besides its own file: the code that builds one
// article and the code that stores what it built (its cache, the sources' index, the term
// store), every module those import, the summariser and the word catalogues (each article
// carries its language's words), and the versions of the libraries they use.
// A change to any of them changes this hash, so no cached result outlives the code that made it.
// The collection's code (order, neighbours, related reading, list pages, writing the output) is
// not among them: it runs on every build from the cached heads, so changing it costs a rebuild
// of the collection, not of 100,000 articles.
export const articleCodeEntries = [
  'src/content-build/build-article.ts',
  'src/content-build/build-worker.ts',
  'src/content-build/article-cache.ts',
  'src/content-build/article-parts.ts',
  'src/content-build/source-index.ts',
  'src/content-build/term-store.ts',
  'src/content-build/find-sources.ts',
]
const codeFolders = ['src/summariser', 'src/lib/words']
const codeFiles = ['package-lock.json']

// A relative module a file imports, statically or dynamically, type-only or not: counting one
// too many only costs a cold cache when it changes.
const RELATIVE_IMPORT = /\b(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g

export async function buildCodeHash(root = process.cwd()): Promise<string> {
  return closureHash(articleCodeEntries, codeFolders, codeFiles, root)
}

// What related reading's memory (related-memory.ts) was worked out by: the code that reads the
// articles' terms and topics and works related reading out, and every module it imports. A
// memory made by other code is not used, so a change to how articles are related never leaves
// the last code's answer in place.
const relatedCodeEntries = [
  'src/content-build/relate-collection.ts',
  'src/content-build/add-related.ts',
  'src/content-build/site-steps/relate-articles.ts',
]

export function relatedCodeHash(root = process.cwd()): Promise<string> {
  return closureHash(relatedCodeEntries, [], codeFiles, root)
}

// What a rebuild in place (rebuild-in-place.ts) starts from was made by: all of the content
// build's code, as its record (collection-record.ts) lays out what every step made. A record
// made by other code is not used, so a change anywhere in the build builds the collection whole.
export function collectionCodeHash(root = process.cwd()): Promise<string> {
  return closureHash(['src/content-build/build-content-folder.ts'], [], codeFiles, root)
}

// What the prerender makes a page with besides its server bundle (server-bundle.ts, keyed by
// what the bundle holds): the code that puts the bundle's markup into the page's HTML, and
// every module it imports.
export function pageCodeHash(root = process.cwd()): Promise<string> {
  return closureHash(
    ['src/prerender/page-renderer.ts', 'src/prerender/render-worker.ts'],
    [],
    codeFiles,
    root,
  )
}

async function closureHash(
  entries: readonly string[],
  folders: readonly string[],
  plainFiles: readonly string[],
  root: string,
): Promise<string> {
  const readOnce = (file: string) => readCode(path.join(root, file))
  const files = new Set(plainFiles)
  for (const folder of folders) {
    const entries = await readdir(path.join(root, folder), { recursive: true, withFileTypes: true })
    for (const entry of entries) {
      if (!entry.isFile() || !/\.tsx?$/.test(entry.name) || /\.test\.tsx?$/.test(entry.name))
        continue
      files.add(path.relative(root, path.join(entry.parentPath, entry.name)))
    }
  }
  const texts = new Map<string, Buffer>()
  // A level of imports at a time, each file read once however many hashes of a run need it.
  for (let level = [...entries]; level.length;) {
    const fresh = [...new Set(level)].filter((file) => !texts.has(file))
    const read = await Promise.all(fresh.map(readOnce))
    level = []
    fresh.forEach((file, at) => {
      const text = read[at] as Buffer
      texts.set(file, text)
      for (const [, target] of text.toString('utf8').matchAll(RELATIVE_IMPORT)) {
        level.push(path.relative(root, path.resolve(root, path.dirname(file), target as string)))
      }
    })
  }
  const hash = createHash('sha256')
  for (const file of [...new Set([...files, ...texts.keys()])].sort()) {
    const text = texts.get(file) ?? (await readOnce(file))
    hash.update(file).update('\0').update(text).update('\0')
  }
  return hash.digest('hex')
}

// The code's files, each read once while it is unchanged: a build hashes its code three ways,
// over many of the same files.
const codeTexts = new Map<string, { stamp: string; text: Promise<Buffer> }>()
function readCode(file: string): Promise<Buffer> {
  const stats = statSync(file, { bigint: true, throwIfNoEntry: false })
  const stamp = stats ? `${stats.size}:${stats.mtimeNs}:${stats.ino}` : 'missing'
  const known = codeTexts.get(file)
  if (known?.stamp === stamp) return known.text
  const text = readFile(file).catch(() => Buffer.from('missing'))
  codeTexts.set(file, { stamp, text })
  return text
}

// What turns an article's cached build and its head into its output file, beyond the article
// code above: part of each article file's key (build-content-folder.ts), so a change to how the
// files are made or written rewrites them all, while a change elsewhere in the collection's
// code rewrites only the files whose contents it changes.
const articleFileCode = [
  'src/content-build/article-output.ts',
  'src/content-build/build-content-folder.ts',
  'src/content-build/build-whole.ts',
  'src/content-build/write-output.ts',
  'src/content-build/output-keys.ts',
  'src/content-build/update-in-place.ts',
]

export async function articleFileCodeHash(root = process.cwd()): Promise<string> {
  const hash = createHash('sha256')
  for (const file of articleFileCode) {
    const text = await readFile(path.join(root, file)).catch(() => Buffer.from('missing'))
    hash.update(file).update('\0').update(text).update('\0')
  }
  return hash.digest('hex')
}
