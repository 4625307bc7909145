import { existsSync, readFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { z } from 'zod'
import { writeAtomically } from './write-article.ts'

// What each feed import wrote, kept beside the articles (<out>/.imports.json; the build reads
// only .md files): the item's key (guid, id or link), the article's slug, and hashes of the
// item and of the file as written. A re-import updates an item that changed, skips one that
// did not, and never overwrites a file whose hash differs from the one it wrote (an editor
// changed it) unless forced.

const RecordsSchema = z.record(
  z.string(),
  z.object({ slug: z.string(), item: z.string(), file: z.string() }),
)
export type ImportRecords = z.infer<typeof RecordsSchema>

export const recordsFile = (out: string) => join(out, '.imports.json')

export function readRecords(out: string): ImportRecords {
  const file = recordsFile(out)
  return existsSync(file) ? RecordsSchema.parse(JSON.parse(readFileSync(file, 'utf8'))) : {}
}

export function writeRecords(out: string, records: ImportRecords): void {
  writeAtomically(recordsFile(out), `${JSON.stringify(records, null, 2)}\n`)
}

export function hashOf(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16)
}

export type FeedDecision =
  { action: 'create' | 'update'; slug: string } | { action: 'unchanged' | 'edited'; slug: string }

// What to do with one item, given what was recorded and what is on disk now.
export function decide(
  records: ImportRecords,
  key: string,
  itemHash: string,
  slug: string,
  out: string,
  force: boolean,
): FeedDecision {
  const record = records[key]
  if (!record) return { action: 'create', slug }
  const path = join(out, `${record.slug}.md`)
  if (!existsSync(path)) return { action: 'create', slug: record.slug }
  const editedByHand = hashOf(readFileSync(path, 'utf8')) !== record.file
  if (editedByHand && !force) return { action: 'edited', slug: record.slug }
  if (!editedByHand && record.item === itemHash && !force)
    return { action: 'unchanged', slug: record.slug }
  return { action: 'update', slug: record.slug }
}
