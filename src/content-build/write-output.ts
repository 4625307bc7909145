import { existsSync } from 'node:fs'
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

// The output folder is swapped in whole: everything is written to a fresh folder first, so a
// build that fails or is killed midway leaves the previous output exactly as it was.
export async function writeOutputAtomically(
  outDir: string,
  files: Map<string, string>,
  scratchDir: string,
): Promise<void> {
  const target = path.resolve(outDir)
  const scratch = path.resolve(scratchDir)
  const previous = path.join(scratch, 'previous')
  await recoverOutput(target, previous)

  await mkdir(scratch, { recursive: true })
  const fresh = path.join(scratch, `next-${process.pid}-${Date.now()}`)
  for (const [relative, text] of files) {
    const file = path.join(fresh, relative)
    await mkdir(path.dirname(file), { recursive: true })
    await writeFile(file, text)
  }

  await rm(previous, { recursive: true, force: true })
  await mkdir(path.dirname(target), { recursive: true })
  if (existsSync(target)) await rename(target, previous)
  await rename(fresh, target)
  await rm(scratch, { recursive: true, force: true })
}

// A build killed between its two renames leaves the old output aside: put it back.
export async function recoverOutput(target: string, previous: string): Promise<void> {
  if (!existsSync(target) && existsSync(previous)) await rename(previous, target)
}
