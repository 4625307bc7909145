import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

// The keys are kept as one flat JSON array of paths and keys, each path followed by its key: at
// 100,000 articles that is 200,000 files, and an array reads and writes several times faster than
// an object with as many names. Keys in any other shape (an older build's object) are not
// trusted, so the build after such a change swaps the output in whole once.
const KEYS_FORMAT = 'lede-output-keys-2'

// The last build's keys, or null when there are none to trust: the whole list, then the keys
// that rebuilds in place wrote since (updateOutputInPlace), one [path, key] line each.
export async function readKeys(manifest: string): Promise<Map<string, string> | null> {
  try {
    const list: unknown = JSON.parse(await readFile(manifest, 'utf8'))
    if (!Array.isArray(list) || list[0] !== KEYS_FORMAT || list.length % 2 !== 1) return null
    const keys = new Map<string, string>()
    for (let at = 1; at < list.length; at += 2) {
      const relative: unknown = list[at]
      const key: unknown = list[at + 1]
      if (typeof relative !== 'string' || typeof key !== 'string') return null
      keys.set(relative, key)
    }
    const more = await readFile(moreKeysFile(manifest), 'utf8').catch(() => '')
    for (const line of more.split('\n')) {
      if (!line) continue
      const pair: unknown = JSON.parse(line)
      if (!Array.isArray(pair) || typeof pair[0] !== 'string' || typeof pair[1] !== 'string') {
        return null
      }
      keys.set(pair[0], pair[1])
    }
    return keys
  } catch {
    return null
  }
}

// The lines rebuilds in place add (updateOutputInPlace), and where the list is put while one
// changes the output.
export const moreKeysFile = (manifest: string) => `${manifest}.more`
export const asideFile = (manifest: string) => `${manifest}.aside`

export async function writeKeys(
  manifest: string,
  keys: ReadonlyMap<string, string>,
): Promise<void> {
  await mkdir(path.dirname(manifest), { recursive: true })
  // The lines of rebuilds in place belong to the list before this one.
  await rm(moreKeysFile(manifest), { force: true })
  await rm(asideFile(manifest), { force: true })
  const scratch = `${manifest}.${process.pid}.tmp`
  const list = [KEYS_FORMAT]
  for (const [relative, key] of keys) list.push(relative, key)
  await writeFile(scratch, JSON.stringify(list))
  await rename(scratch, manifest)
}
