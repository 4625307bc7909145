import { closeSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs'
import path from 'node:path'
import { decodeMemory, memoryChunks, type RelatedMemory } from './related-memory.ts'

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

// Whole or not at all: a scratch file, then a rename. Written piece by piece, the arrays' own
// bytes, never copied into one buffer of some 80 MB.
export function writeRelatedMemory(file: string, memory: RelatedMemory): void {
  const scratch = `${file}.${process.pid}.tmp`
  const fd = openSync(scratch, 'w')
  try {
    for (const chunk of memoryChunks(memory)) {
      for (let done = 0; done < chunk.byteLength;) done += writeSync(fd, chunk, done)
    }
  } finally {
    closeSync(fd)
  }
  renameSync(scratch, file)
}
