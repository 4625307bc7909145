import { spawn } from 'node:child_process'
import { existsSync, linkSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

// A file to write: its text, or a way to make it with a key that stands for all it is made
// from. An article's file is made from its body, read back from the cache, so making it costs
// a read; when its key is the one the last build wrote the file under, the file is kept as it
// is and never made.
export type LazyFile = { key: string; make: () => string | Promise<string> }
export type OutputFile = string | LazyFile

// The output folder is swapped in whole: everything is put in a fresh folder first, so a build
// that fails or is killed midway leaves the previous output exactly as it was. A file whose
// text is unchanged is not written again: the fresh folder gets a hard link to the one already
// out, so its bytes and its modification time stay as they were (and a large site's rebuild
// costs the files that changed). The keys of lazy files are kept in `manifest` once the new
// output is in place; the old keys are removed before the swap, so a build stopped in between
// leaves no keys, and the next build makes every file and compares its text.
export async function writeOutputAtomically(
  outDir: string,
  files: ReadonlyMap<string, OutputFile>,
  scratchDir: string,
  options: { manifest?: string } = {},
): Promise<{ written: number; kept: number }> {
  const target = path.resolve(outDir)
  const scratch = path.resolve(scratchDir)
  const previous = path.join(scratch, 'previous')
  await recoverOutput(target, previous)
  const lastKeys = options.manifest ? await readKeys(options.manifest) : new Map<string, string>()

  await mkdir(scratch, { recursive: true })
  const fresh = path.join(scratch, `next-${process.pid}-${Date.now()}`)
  const folders = new Set([...files.keys()].map((relative) => path.dirname(relative)))
  for (const folder of folders) mkdirSync(path.join(fresh, folder), { recursive: true })
  // On the main thread: a large site's output is a hundred thousand small files, and each costs
  // about ten times as much through the thread pool.
  let keptCount = 0
  for (const [relative, entry] of files) {
    const file = path.join(fresh, relative)
    const current = path.join(target, relative)
    if (
      typeof entry !== 'string' &&
      lastKeys.get(relative) === entry.key &&
      linked(current, file)
    ) {
      keptCount += 1
      continue
    }
    const text = typeof entry === 'string' ? entry : await entry.make()
    if (sameText(current, text) && linked(current, file)) {
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
  if (options.manifest) await writeKeys(options.manifest, files)
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

async function readKeys(manifest: string): Promise<Map<string, string>> {
  try {
    const keys: unknown = JSON.parse(await readFile(manifest, 'utf8'))
    if (typeof keys !== 'object' || keys === null) return new Map()
    return new Map(
      Object.entries(keys).filter((pair): pair is [string, string] => typeof pair[1] === 'string'),
    )
  } catch {
    return new Map()
  }
}

async function writeKeys(manifest: string, files: ReadonlyMap<string, OutputFile>): Promise<void> {
  const keys: Record<string, string> = {}
  for (const [relative, entry] of files) if (typeof entry !== 'string') keys[relative] = entry.key
  await mkdir(path.dirname(manifest), { recursive: true })
  const scratch = `${manifest}.${process.pid}.tmp`
  await writeFile(scratch, JSON.stringify(keys))
  await rename(scratch, manifest)
}

// A build killed between its two renames leaves the old output aside: put it back.
export async function recoverOutput(target: string, previous: string): Promise<void> {
  if (!existsSync(target) && existsSync(previous)) await rename(previous, target)
}
