import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'
import type { ChangesMark } from '../content-build/output-changes.ts'
import {
  columnOf,
  columnsFile,
  columnsHead,
  columnsOf,
  entriesOf,
} from '../content-build/text-column.ts'
import { writeWhole } from './write-whole.ts'

// Which inputs each prerendered page was made from, so a rerun renders only pages whose inputs
// changed. It lives in the build cache, not beside the pages: it is not for readers. Beside each
// page's key is the stat of the data file it was made from (see source-stat.ts), so a rerun
// after one edit reads one file, not every file; and the key of the inputs every page shares,
// because a stat only stands for the file when nothing else the pages are made of changed.
// Three lists of the same length rather than an object of entries: at two hundred thousand
// pages this reads and checks in a tenth of the time. On disk (the third format): a line of JSON
// with the shared inputs, the changes read, the number of pages and each list's length, then
// each list as one text (text-column.ts), a line each; a page without a stat has an empty one.
// Read so, a rerun after one edit splits three strings rather than parsing and checking 350,000.
const HeadSchema = z.object({
  format: z.literal(3),
  common: z.string(),
  changes: z.object({ keys: z.string(), read: z.number().int().min(0) }).nullable(),
  count: z.number().int().min(0),
  lengths: z.array(z.number().int().min(0)).length(3),
})
// The second format: the three lists as JSON arrays.
const ManifestSchema = z
  .object({
    format: z.literal(2),
    common: z.string(),
    relatives: z.array(z.string()),
    keys: z.array(z.string()),
    stats: z.array(z.string().nullable()),
    // Where the run got to in the content build's changes (output-changes.ts).
    changes: z
      .object({ keys: z.string(), read: z.number().int().min(0) })
      .nullable()
      .optional(),
  })
  .refine((m) => m.keys.length === m.relatives.length && m.stats.length === m.relatives.length)
// The first format: keys alone. Its keys are made as they are now, so a first run after an
// upgrade compares every page's key and renders only what changed; it trusts no stat.
const KeysOnlySchema = z.record(z.string(), z.string())

// In memory as on disk: three lists of the same length, the page at each place, its key and the
// stat of its data file, so that reading it makes no object or table entry for each page. The
// pages are in the order the run found them, which is the order the next run finds them in.
export type PageManifest = {
  common: string | null
  relatives: string[]
  keys: string[]
  stats: (string | null)[]
  changes?: ChangesMark | null
}

export const emptyManifest = (): PageManifest => ({
  common: null,
  relatives: [],
  keys: [],
  stats: [],
})

export function manifestFile(cacheDir: string, outDir: string): string {
  const key = createHash('sha256').update(path.resolve(outDir)).digest('hex').slice(0, 16)
  return path.join(cacheDir, `pages-${key}.json`)
}

// The pages a run may be rewriting, kept beside the manifest while it runs (pending-pages.ts).
export function pendingFile(manifest: string): string {
  return manifest.replace(/\.json$/, '.pending.json')
}

export function parseManifest(text: string): PageManifest {
  if (text.includes('\n')) return parseColumns(text)
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return emptyManifest()
  }
  const parsed = ManifestSchema.safeParse(json)
  if (parsed.success) {
    const { common, relatives, keys, stats, changes = null } = parsed.data
    return { common, relatives, keys, stats, changes }
  }
  const keysOnly = KeysOnlySchema.safeParse(json)
  if (!keysOnly.success) return emptyManifest()
  const relatives = Object.keys(keysOnly.data)
  return {
    common: null,
    relatives,
    keys: Object.values(keysOnly.data),
    stats: relatives.map(() => null),
  }
}

function parseColumns(text: string): PageManifest {
  const head = HeadSchema.safeParse(columnsHead(text))
  if (!head.success) return emptyManifest()
  const { common, changes, count, lengths } = head.data
  const columns = columnsOf(text, lengths, count)
  // Cut short, or longer than it says: as good as none.
  if (!columns) return emptyManifest()
  const [relatives, keys, stats] = columns.map(entriesOf) as [string[], string[], string[]]
  if ([relatives, keys, stats].some((list) => list.length !== count)) return emptyManifest()
  return { common, relatives, keys, stats: stats.map((stat) => stat || null), changes }
}

export function serialiseManifest({
  common,
  relatives,
  keys,
  stats,
  changes = null,
}: PageManifest & { common: string }): string {
  const columns = [relatives, keys, stats.map((stat) => stat ?? '')].map(columnOf)
  const lengths = columns.map((column) => column.text.length)
  return columnsFile({ format: 3, common, changes, count: relatives.length, lengths }, columns)
}

// Whether two manifests say the same of the same pages in the same order: a run that found
// nothing changed has no need to write its manifest again.
export function sameManifest(a: PageManifest, b: PageManifest): boolean {
  const length = a.relatives.length
  if (a.common !== b.common || b.relatives.length !== length) return false
  if (JSON.stringify(a.changes ?? null) !== JSON.stringify(b.changes ?? null)) return false
  for (let index = 0; index < length; index++) {
    if (
      a.relatives[index] !== b.relatives[index] ||
      a.keys[index] !== b.keys[index] ||
      a.stats[index] !== b.stats[index]
    )
      return false
  }
  return true
}

// Read whole and then decoded, in one piece: read as text, it is decoded a piece at a time and
// the pieces joined, which at tens of megabytes costs more than the reading.
export async function readManifest(file: string): Promise<PageManifest> {
  const bytes = await readFile(file).catch(() => null)
  return bytes === null ? emptyManifest() : parseManifest(bytes.toString('utf8'))
}

// Written once every page is out, and whole (a scratch file, then a rename): a run killed
// midway leaves the previous manifest, and the pending list says which of its pages not to trust.
export async function writeManifest(
  file: string,
  manifest: PageManifest & { common: string },
): Promise<void> {
  await writeWhole(file, serialiseManifest(manifest))
}
