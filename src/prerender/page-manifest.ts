import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'

// Which inputs each prerendered page was made from, so a rerun renders only pages whose inputs
// changed. It lives in the build cache, not beside the pages: it is not for readers.
const ManifestSchema = z.record(z.string(), z.string())
export type PageManifest = z.infer<typeof ManifestSchema>

export function manifestFile(cacheDir: string, outDir: string): string {
  const key = createHash('sha256').update(path.resolve(outDir)).digest('hex').slice(0, 16)
  return path.join(cacheDir, `pages-${key}.json`)
}

export async function readManifest(file: string): Promise<PageManifest> {
  const text = await readFile(file, 'utf8').catch(() => null)
  if (text === null) return {}
  try {
    const parsed = ManifestSchema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : {}
  } catch {
    return {}
  }
}

// Written once every page is out, and whole (a scratch file, then a rename): a run killed
// midway leaves the previous manifest, and the next run renders again what it may have missed.
export async function writeManifest(file: string, manifest: PageManifest): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true })
  const scratch = `${file}.${process.pid}.tmp`
  await writeFile(scratch, JSON.stringify(manifest))
  await rename(scratch, file)
}

// A page's key: everything its HTML is made from.
export function pageKey(...inputs: string[]): string {
  const hash = createHash('sha256')
  for (const input of inputs) hash.update(input).update('\0')
  return hash.digest('hex')
}

// A page needs rendering unless it is on disk and was made from exactly these inputs.
export function isCurrent(
  manifest: PageManifest,
  outDir: string,
  relative: string,
  key: string,
): boolean {
  return manifest[relative] === key && existsSync(path.join(outDir, relative))
}
