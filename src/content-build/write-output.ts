import { existsSync } from 'node:fs'
import { link, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { mapLimited } from './map-limited.ts'

// The output folder is swapped in whole: everything is put in a fresh folder first, so a build
// that fails or is killed midway leaves the previous output exactly as it was. A file whose
// text is unchanged is not written again: the fresh folder gets a hard link to the one already
// out, so its bytes and its modification time stay as they were (and a large site's rebuild
// costs the files that changed).
export async function writeOutputAtomically(
  outDir: string,
  files: Map<string, string>,
  scratchDir: string,
): Promise<{ written: number; kept: number }> {
  const target = path.resolve(outDir)
  const scratch = path.resolve(scratchDir)
  const previous = path.join(scratch, 'previous')
  await recoverOutput(target, previous)

  await mkdir(scratch, { recursive: true })
  const fresh = path.join(scratch, `next-${process.pid}-${Date.now()}`)
  const folders = new Set([...files.keys()].map((relative) => path.dirname(relative)))
  for (const folder of folders) await mkdir(path.join(fresh, folder), { recursive: true })
  const kept = await mapLimited([...files], 64, async ([relative, text]) => {
    const file = path.join(fresh, relative)
    const current = path.join(target, relative)
    if ((await readFile(current, 'utf8').catch(() => null)) === text) {
      // A file system without hard links falls back to writing.
      const linked = await link(current, file).then(
        () => true,
        () => false,
      )
      if (linked) return true
    }
    await writeFile(file, text)
    return false
  })

  await rm(previous, { recursive: true, force: true })
  await mkdir(path.dirname(target), { recursive: true })
  if (existsSync(target)) await rename(target, previous)
  await rename(fresh, target)
  await rm(scratch, { recursive: true, force: true })
  const keptCount = kept.filter(Boolean).length
  return { written: files.size - keptCount, kept: keptCount }
}

// A build killed between its two renames leaves the old output aside: put it back.
export async function recoverOutput(target: string, previous: string): Promise<void> {
  if (!existsSync(target) && existsSync(previous)) await rename(previous, target)
}
