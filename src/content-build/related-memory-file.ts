import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { decodeMemory, encodeMemory, type RelatedMemory } from './related-memory.ts'

// Related reading's memory (related-memory.ts) beside the term store whose numbers it is in,
// in the article cache's folder for this build's code.
export const relatedMemoryFile = (cacheFolder: string): string =>
  path.join(cacheFolder, 'terms', 'related.bin')

// The last run's memory, or null when there is none to trust.
export function readRelatedMemory(file: string): RelatedMemory | null {
  try {
    return decodeMemory(readFileSync(file))
  } catch {
    return null
  }
}

// Whole or not at all: a scratch file, then a rename.
export function writeRelatedMemory(file: string, memory: RelatedMemory): void {
  const scratch = `${file}.${process.pid}.tmp`
  writeFileSync(scratch, encodeMemory(memory))
  renameSync(scratch, file)
}
