import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createHash } from 'node:crypto'
import { preview } from 'vite'

const outDir = process.env.LEDE_DIST ?? 'dist'

// A copy of the production build served on a port of its own, so a test can put a new edition
// in place without touching the build the other tests are served.
export async function serveEdition() {
  const dir = await mkdtemp(path.join(tmpdir(), 'lede-edition-'))
  await cp(outDir, dir, { recursive: true })
  const server = await preview({
    logLevel: 'silent',
    build: { outDir: dir },
    preview: { port: 0, strictPort: false },
  })
  const address = server.httpServer.address()
  if (!address || typeof address === 'string') throw new Error('The edition server has no port.')
  return {
    url: `http://localhost:${address.port}`,
    // The next edition, as a deploy brings it: a changed app shell, and a service worker whose
    // precache list names the changed file by its new revision.
    async deployNext(marker: string) {
      const shell = path.join(dir, 'offline.html')
      const before = await readFile(shell, 'utf8')
      const after = before.replace('</body>', `<!-- ${marker} --></body>`)
      await writeFile(shell, after)
      const worker = path.join(dir, 'sw.js')
      await writeFile(
        worker,
        (await readFile(worker, 'utf8')).replace(revisionOf(before), revisionOf(after)),
      )
    },
    async close() {
      await new Promise((resolve) => server.httpServer.close(resolve))
      await rm(dir, { recursive: true, force: true })
    },
  }
}

// Workbox's revision for a file without a hash in its name: the MD5 of its contents.
const revisionOf = (text: string) => createHash('md5').update(text).digest('hex')
