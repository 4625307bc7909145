import { spawn } from 'node:child_process'
import { hash } from 'node:crypto'
import {
  appendFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs'
import { mkdir, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { checkedTextOf, type CheckedText } from './checked-text.ts'
import { asideFile, moreKeysFile, readKeys, writeKeys } from './output-keys.ts'
import { recoverUpdate, updateInPlace } from './update-in-place.ts'

// A file to write: its text, or a way to make it with a key that stands for all it is made
// from. An article's file is made from its body, read back from the cache, so making it costs
// a read; when its key is the one the last build wrote the file under, the file is kept as it
// is and never made. A page checked by its schema (checked-text.ts) is keyed by its text, and
// checked only when it is written.
export type LazyFile = { key: string; make: () => string | Promise<string> }
export type OutputFile = string | LazyFile | CheckedText

// Every file's key: a lazy file's own, a text's hash.
const keyOf = (entry: OutputFile): string => {
  if (typeof entry === 'string') return hash('sha1', entry, 'base64')
  return 'key' in entry ? entry.key : hash('sha1', entry.text, 'base64')
}

const makerOf = (entry: OutputFile): (() => string | Promise<string>) =>
  typeof entry === 'object' && 'key' in entry ? entry.make : () => checkedTextOf(entry)

// Writes the output folder so that a build that fails or is killed midway never leaves it half
// written. With the keys of every file the last build wrote (`manifest`), only the files whose
// keys changed are written, in place and under a journal (update-in-place.ts): a rebuild after
// one edit touches a handful of files, not 200,000. The keys are removed before the output is
// changed and written once it is whole, so a build stopped in between leaves none.
//
// Without keys (a first build, or after one that stopped), the folder is swapped in whole:
// everything is put in a fresh folder first. A file whose text is unchanged is not written
// again: the fresh folder gets a hard link to the one already out, so its bytes and its
// modification time stay as they were.
export async function writeOutputAtomically(
  outDir: string,
  files: ReadonlyMap<string, OutputFile>,
  scratchDir: string,
  options: { manifest?: string } = {},
): Promise<{ written: number; kept: number }> {
  const target = path.resolve(outDir)
  const scratch = path.resolve(scratchDir)
  const previous = path.join(scratch, 'previous')
  recoverUpdate(scratch)
  await recoverOutput(target, previous)
  const lastKeys = options.manifest ? await readKeys(options.manifest) : null
  const keys = new Map<string, string>()
  for (const [relative, entry] of files) keys.set(relative, keyOf(entry))
  if (options.manifest && lastKeys && existsSync(target)) {
    const write = new Map<string, () => string | Promise<string>>()
    for (const [relative, entry] of files) {
      if (lastKeys.get(relative) === keys.get(relative)) continue
      write.set(relative, makerOf(entry))
    }
    const remove = [...lastKeys.keys()].filter((relative) => !files.has(relative))
    if (write.size || remove.length) {
      await rm(options.manifest, { force: true })
      await updateInPlace(target, { write, remove }, scratch)
      await rm(scratch, { recursive: true, force: true })
      await writeKeys(options.manifest, keys)
    }
    return { written: write.size, kept: files.size - write.size }
  }

  await mkdir(scratch, { recursive: true })
  const fresh = path.join(scratch, `next-${process.pid}-${Date.now()}`)
  const folders = new Set([...files.keys()].map((relative) => path.dirname(relative)))
  for (const folder of folders) mkdirSync(path.join(fresh, folder), { recursive: true })
  // On the main thread: a large site's output is a hundred thousand small files, and each costs
  // about ten times as much through the thread pool. Against a first output there is nothing to
  // compare or link to (a failed look for each file was a second at 100,000 articles).
  const compare = existsSync(target)
  let keptCount = 0
  for (const [relative, entry] of files) {
    const file = path.join(fresh, relative)
    const current = path.join(target, relative)
    const text = await makerOf(entry)()
    if (compare && sameText(current, text) && linked(current, file)) {
      keptCount += 1
      continue
    }
    writeFileSync(file, text)
  }

  await rm(previous, { recursive: true, force: true })
  // Keys that no longer match the output must not outlive a build stopped while swapping it.
  if (options.manifest) await rm(options.manifest, { force: true })
  await mkdir(path.dirname(target), { recursive: true })
  if (existsSync(target)) await rename(target, previous)
  await rename(fresh, target)
  // The old output is as many files as the new: removing them takes seconds at 100,000 articles,
  // and nothing waits on it, so another process removes them once they are out of the way.
  if (existsSync(previous)) {
    const trash = `${scratch}-trash-${process.pid}-${Date.now()}`
    await rename(previous, trash)
    removeInBackground(trash)
  }
  await rm(scratch, { recursive: true, force: true })
  if (options.manifest) await writeKeys(options.manifest, keys)
  return { written: files.size - keptCount, kept: keptCount }
}

// A detached Node process, so the build exits at once and the removal outlives it. One that is
// stopped leaves a "-trash-" folder beside the scratch folder, which nothing reads.
function removeInBackground(folder: string): void {
  const remove = 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })'
  spawn(process.execPath, ['-e', remove, folder], { detached: true, stdio: 'ignore' }).unref()
}

// A file system without hard links falls back to writing.
function linked(from: string, to: string): boolean {
  try {
    linkSync(from, to)
    return true
  } catch {
    return false
  }
}

function sameText(file: string, text: string): boolean {
  try {
    return readFileSync(file, 'utf8') === text
  } catch {
    return false
  }
}

/**
 * Writes a few files of an output that the last build left whole, with their keys, without
 * reading or writing the keys of the rest (at 100,000 articles those are 200,000, and reading
 * and writing them cost most of a second): a rebuild in place (rebuild-in-place.ts). The files
 * go in under a journal as any update does (update-in-place.ts); a file whose text is the one
 * already out is not written, so its stat, and the page the prerender made of it, stay. The
 * keys are put aside while the output changes and their new lines added before they are put
 * back, so a rebuild stopped midway leaves no keys, and the next build swaps the output in
 * whole. Null, with nothing written, when the output has no keys to add to.
 */
export async function updateOutputInPlace(
  outDir: string,
  files: ReadonlyMap<string, OutputFile>,
  scratchDir: string,
  manifest: string,
): Promise<{ written: number } | null> {
  const target = path.resolve(outDir)
  const scratch = path.resolve(scratchDir)
  recoverUpdate(scratch)
  await recoverOutput(target, path.join(scratch, 'previous'))
  if (!existsSync(manifest) || !existsSync(target)) return null
  const write = new Map<string, () => string>()
  const lines: string[] = []
  for (const [relative, entry] of files) {
    const text = await makerOf(entry)()
    if (!sameText(path.join(target, relative), text)) write.set(relative, () => text)
    lines.push(`${JSON.stringify([relative, keyOf(entry)])}\n`)
  }
  await rename(manifest, asideFile(manifest))
  if (write.size) {
    await updateInPlace(target, { write, remove: [] }, scratch)
    await rm(scratch, { recursive: true, force: true })
  }
  appendFileSync(moreKeysFile(manifest), lines.join(''))
  await rename(asideFile(manifest), manifest)
  return { written: write.size }
}

// A build killed between its two renames leaves the old output aside: put it back.
export async function recoverOutput(target: string, previous: string): Promise<void> {
  if (!existsSync(target) && existsSync(previous)) await rename(previous, target)
}
