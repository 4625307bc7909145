import { createHash, type Hash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'
import { writeWhole } from './write-whole.ts'

// Which inputs each prerendered page was made from, so a rerun renders only pages whose inputs
// changed. It lives in the build cache, not beside the pages: it is not for readers. Beside each
// page's key is the stat of the data file it was made from (see source-stat.ts), so a rerun
// after one edit reads one file, not every file; and the key of the inputs every page shares,
// because a stat only stands for the file when nothing else the pages are made of changed.
// Three lists of the same length rather than an object of entries: at two hundred thousand
// pages this reads and checks in a tenth of the time.
const ManifestSchema = z
  .object({
    format: z.literal(2),
    common: z.string(),
    relatives: z.array(z.string()),
    keys: z.array(z.string()),
    stats: z.array(z.string().nullable()),
  })
  .refine((m) => m.keys.length === m.relatives.length && m.stats.length === m.relatives.length)
// The first format: keys alone. Its keys are made as they are now, so a first run after an
// upgrade compares every page's key and renders only what changed; it trusts no stat.
const KeysOnlySchema = z.record(z.string(), z.string())

export type PageEntry = { key: string; stat: string | null }
export type PageManifest = { common: string | null; pages: Map<string, PageEntry> }

export const emptyManifest = (): PageManifest => ({ common: null, pages: new Map() })

export function manifestFile(cacheDir: string, outDir: string): string {
  const key = createHash('sha256').update(path.resolve(outDir)).digest('hex').slice(0, 16)
  return path.join(cacheDir, `pages-${key}.json`)
}

// The pages a run may be rewriting, kept beside the manifest while it runs (pending-pages.ts).
export function pendingFile(manifest: string): string {
  return manifest.replace(/\.json$/, '.pending.json')
}

export function parseManifest(text: string): PageManifest {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return emptyManifest()
  }
  const parsed = ManifestSchema.safeParse(json)
  if (parsed.success) {
    const { common, relatives, keys, stats } = parsed.data
    const pages = new Map<string, PageEntry>()
    relatives.forEach((relative, index) => {
      pages.set(relative, { key: keys[index] ?? '', stat: stats[index] ?? null })
    })
    return { common, pages }
  }
  const keysOnly = KeysOnlySchema.safeParse(json)
  if (!keysOnly.success) return emptyManifest()
  const pages = new Map<string, PageEntry>()
  for (const [relative, key] of Object.entries(keysOnly.data))
    pages.set(relative, { key, stat: null })
  return { common: null, pages }
}

export function serialiseManifest(manifest: PageManifest & { common: string }): string {
  const relatives: string[] = []
  const keys: string[] = []
  const stats: (string | null)[] = []
  for (const [relative, { key, stat }] of manifest.pages) {
    relatives.push(relative)
    keys.push(key)
    stats.push(stat)
  }
  return JSON.stringify({ format: 2, common: manifest.common, relatives, keys, stats })
}

export async function readManifest(file: string): Promise<PageManifest> {
  const text = await readFile(file, 'utf8').catch(() => null)
  return text === null ? emptyManifest() : parseManifest(text)
}

// Written once every page is out, and whole (a scratch file, then a rename): a run killed
// midway leaves the previous manifest, and the pending list says which of its pages not to trust.
export async function writeManifest(
  file: string,
  manifest: PageManifest & { common: string },
): Promise<void> {
  await writeWhole(file, serialiseManifest(manifest))
}

// A page's key: everything its HTML is made from.
export function pageKey(...inputs: string[]): string {
  return keyer(...inputs)()
}

// The same keys, with the inputs every page shares hashed once rather than once a page.
export function keyer(...common: string[]): (...inputs: string[]) => string {
  const prefix: Hash = createHash('sha256')
  for (const input of common) prefix.update(input).update('\0')
  return (...inputs) => {
    const hash = prefix.copy()
    for (const input of inputs) hash.update(input).update('\0')
    return hash.digest('hex')
  }
}
