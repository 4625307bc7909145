import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { nameOf } from './find-sources.ts'
import { moreKeysFile } from './output-keys.ts'

// The keys of the files last written into an output folder (write-output.ts), beside the
// articles' cache and named by the folder, so two output folders never share them. The
// prerender finds them the same way, from the same cache and the data folder it reads.
export function outputKeysFile(cacheDir: string, outDir: string): string {
  return path.join(path.dirname(cacheDir), 'lede-content-outputs', `${nameOf(outDir)}.json`)
}

// Where a reader of the output (the prerender) got to in its changes: the whole list of keys it
// read them against (its stat: the list is only ever replaced, never changed), and how much of
// the lines that rebuilds in place added to it since.
export type ChangesMark = { keys: string; read: number }

export type OutputChanges = {
  // The data files written since the mark, or null when that cannot be told: no mark, keys
  // written whole since (a whole build, which may have changed anything), or none at all (a
  // build stopped midway, or none yet).
  files: string[] | null
  mark: ChangesMark | null
}

/**
 * What changed in an output folder since a reader's mark, from the keys' lines a rebuild in
 * place adds (updateOutputInPlace): it adds them for every file it gives, after the files are
 * in and before it puts the keys back, so while the keys are there, their lines name every file
 * a build changed since they were written whole. A file changed by anything but the content
 * build is not among them.
 */
export function outputChangesSince(manifest: string, mark: ChangesMark | null): OutputChanges {
  const stats = statSync(manifest, { bigint: true, throwIfNoEntry: false })
  if (!stats) return { files: null, mark: null }
  const keys = [stats.dev, stats.ino, stats.size, stats.mtimeNs].join(':')
  const more = readAll(moreKeysFile(manifest))
  // Only whole lines: one being added now is read by the next run.
  const end = more.lastIndexOf(0x0a) + 1
  const now = { keys, read: end }
  if (!mark || mark.keys !== keys || mark.read > end) return { files: null, mark: now }
  const files = new Set<string>()
  for (const line of more.subarray(mark.read, end).toString('utf8').split('\n')) {
    if (!line) continue
    const pair = parsed(line)
    if (!Array.isArray(pair) || typeof pair[0] !== 'string') return { files: null, mark: now }
    files.add(pair[0])
  }
  return { files: [...files], mark: now }
}

function readAll(file: string): Buffer {
  try {
    return readFileSync(file)
  } catch {
    return Buffer.alloc(0)
  }
}

function parsed(line: string): unknown {
  try {
    return JSON.parse(line)
  } catch {
    return null
  }
}
