import { readFile, rm } from 'node:fs/promises'
import { z } from 'zod'
import { writeWhole } from './write-whole.ts'

// The pages a run may rewrite, written before it writes any and removed once the manifest that
// describes them is in place. A run killed in between leaves the list, and the next run trusts
// no manifest entry of a page on it. Without it, a page half-written (or written from data that
// changed back since) would be left on disk under a key that still matches its data.
const PendingSchema = z.array(z.string())

// 'all' for a list that is there but cannot be read: it names pages we cannot know.
export type Pending = ReadonlySet<string> | 'all'

export async function readPending(file: string): Promise<Pending> {
  const text = await readFile(file, 'utf8').catch(() => null)
  if (text === null) return new Set()
  try {
    const parsed = PendingSchema.safeParse(JSON.parse(text))
    if (parsed.success) return new Set(parsed.data)
  } catch {
    // Broken JSON: the same answer as a list of the wrong shape.
  }
  return 'all'
}

export async function writePending(file: string, relatives: Iterable<string>): Promise<void> {
  await writeWhole(file, JSON.stringify([...relatives]))
}

export async function clearPending(file: string): Promise<void> {
  await rm(file, { force: true })
}
