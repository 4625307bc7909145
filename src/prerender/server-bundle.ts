import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises'
import path from 'node:path'

// The server bundle the prerender renders pages with, built by Vite from src/entry-server.tsx
// and kept in the build cache by a hash of the app's source, the lockfile and the Vite config:
// a prerender after an edit of an article reuses it; one after an edit of the app builds anew.
// Inside the project, so the bundle's imports of react and the rest resolve from node_modules.
// Its key, which every page's key holds, is a hash of what the bundle holds, not of the source:
// an edit of the build side (the content build, the importers) makes the same bundle, and no
// page is rendered again for it.
const cacheDir = path.resolve('node_modules/.cache/lede-ssr')

async function sourceHash(): Promise<string> {
  const hash = createHash('sha256')
  const entries = await readdir('src', { recursive: true, withFileTypes: true })
  const files = entries
    .filter((entry) => entry.isFile() && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
  for (const file of [...files.sort(), 'package-lock.json', 'vite.config.ts']) {
    hash.update(file).update('\0')
    hash.update(await readFile(file).catch(() => Buffer.from('missing')))
  }
  return hash.digest('hex').slice(0, 24)
}

export async function serverBundle(): Promise<{ file: string; key: string }> {
  const key = await sourceHash()
  const dir = path.join(cacheDir, key)
  const file = path.join(dir, 'entry-server.js')
  if (existsSync(file)) return { file, key: await bundleKey(dir) }
  const scratch = `${dir}-${process.pid}`
  // Loaded only to build: loading Vite costs a rerun that finds its bundle made a fair part of
  // its time.
  const { build } = await import('vite')
  await build({
    logLevel: 'warn',
    build: {
      ssr: 'src/entry-server.tsx',
      outDir: scratch,
      emptyOutDir: true,
      copyPublicDir: false,
    },
  })
  // Bundles of older source are of no further use.
  const older = (await readdir(cacheDir)).filter((name) => name !== path.basename(scratch))
  await Promise.all(
    older.map((name) => rm(path.join(cacheDir, name), { recursive: true, force: true })),
  )
  await mkdir(cacheDir, { recursive: true })
  await rename(scratch, dir).catch(async (error: unknown) => {
    // Another prerender finished the same bundle first: use it.
    await rm(scratch, { recursive: true, force: true })
    if (!existsSync(file)) throw error
  })
  return { file, key: await bundleKey(dir) }
}

// Every file of the bundle, by its name and its bytes.
async function bundleKey(dir: string): Promise<string> {
  const hash = createHash('sha256')
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
  for (const file of files.sort()) {
    hash
      .update(file)
      .update('\0')
      .update(await readFile(path.join(dir, file)))
      .update('\0')
  }
  return hash.digest('hex').slice(0, 24)
}
