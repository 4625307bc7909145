import { mkdir, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'

// A scratch file, then a rename: a reader finds the old file or the new one, never part of one.
export async function writeWhole(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true })
  const scratch = `${file}.${process.pid}.tmp`
  await writeFile(scratch, text)
  await rename(scratch, file)
}
