import { readdir, readFile, rm } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { mapLimited } from '../src/content-build/map-limited.ts'
import { startProgress } from '../src/content-build/progress.ts'
import {
  manifestFile,
  pageKey,
  pendingFile,
  readManifest,
  sameManifest,
  writeManifest,
} from '../src/prerender/page-manifest.ts'
import { PageResultSchema, type RenderContext } from '../src/prerender/page-renderer.ts'
import { clearPending, readPending, writePending } from '../src/prerender/pending-pages.ts'
import { pagesOnDisk } from '../src/prerender/pages-on-disk.ts'
import { planPages } from '../src/prerender/plan-pages.ts'
import { serverBundle } from '../src/prerender/server-bundle.ts'
import { surveySitePages } from '../src/prerender/site-pages.ts'
import { startPool, type Pool } from '../src/prerender/worker-pool.ts'
import { runToEnd } from './run-to-end.ts'

// Writes static HTML for the list, every article, each page of every topic and author, the
// not-found page and the search page's shell into the client build, so a reader gets the page
// itself before any JavaScript runs. Only pages whose inputs changed (their data, the page
// template, the site address or the app's code) are rendered again, and a data file whose stat
// is the one it was last read with is not read at all, so a rerun after one edit costs a stat
// of each file. Pages are rendered on every core, each written as soon as it is rendered, so
// memory does not grow with the site.
const { values } = parseArgs({
  options: {
    out: { type: 'string', default: process.env.LEDE_DIST ?? 'dist' },
    data: { type: 'string' },
    template: { type: 'string' },
    site: { type: 'string', default: process.env.LEDE_SITE_URL ?? 'http://localhost:4173' },
    'ssr-bundle': { type: 'string' },
    cache: { type: 'string', default: 'node_modules/.cache/lede-prerender' },
    // Render threads; by default one for a few pages and one a core for many.
    threads: { type: 'string' },
    quiet: { type: 'boolean', default: false },
  },
})

const PARALLEL_THRESHOLD = 500
const BATCH = 64
const threadsOption = z.coerce.number().int().min(1).optional().parse(values.threads)

async function main(): Promise<void> {
  const started = performance.now()
  const outDir = path.resolve(values.out)
  const dataDir = path.resolve(values.data ?? path.join(outDir, 'data'))
  const templateFile = path.resolve(values.template ?? path.join(outDir, 'index.html'))
  const site = values.site.replace(/\/$/, '')

  const templateText = await readFile(templateFile, 'utf8')
  // React's server renderer is chosen by NODE_ENV when the bundle loads its dependencies (here
  // or in a render thread, which takes this process's environment).
  process.env.NODE_ENV = 'production'
  const bundle = values['ssr-bundle']
    ? {
        file: path.resolve(values['ssr-bundle']),
        key: pageKey(await readFile(values['ssr-bundle'], 'utf8')),
      }
    : await serverBundle()
  // An Arabic or Greek article preloads its own faces, named by their built files.
  const assetFiles = await readdir(path.join(outDir, 'assets')).catch(() => [])
  const common = [bundle.key, templateText, site]
  const context: RenderContext = {
    bundleFile: bundle.file,
    templateText,
    site,
    assetFiles,
    outDir,
    dataDir,
    common,
  }

  // A render thread starts now and loads the server bundle while this thread lists and stats
  // the data files: after one edit, those two take most of the run, and side by side they
  // take half as long.
  const pool = startPool({
    worker: new URL('../src/prerender/render-worker.ts', import.meta.url),
    workerData: context,
    name: 'prerender',
  })
  try {
    await renderSite(pool, context, values.quiet, started)
  } finally {
    await pool.close()
  }
}

async function renderSite(
  pool: Pool,
  context: RenderContext,
  quiet: boolean,
  started: number,
): Promise<void> {
  const { outDir, dataDir, common } = context
  const manifestPath = manifestFile(path.resolve(values.cache), outDir)
  const pendingPath = pendingFile(manifestPath)
  const [previous, pending] = await Promise.all([
    readManifest(manifestPath),
    readPending(pendingPath),
  ])
  const pages = surveySitePages(dataDir)
  const { next, jobs, slots, gone } = planPages({
    pages,
    previous,
    common: pageKey(...common),
    pending,
    exists: pagesOnDisk(outDir),
  })
  // Before any page is written: the pages this run may rewrite or remove, so a run stopped
  // midway leaves none of them trusted.
  await writePending(pendingPath, [...jobs.map((job) => job.relative), ...gone])

  const slotOf = new Map(jobs.map((job, index) => [job.relative, slots[index]]))
  const total = pages.length
  let done = total - jobs.length
  let rendered = 0
  const progress = startProgress({ label: 'prerender', total: quiet ? 0 : total })
  progress.update(done)
  await pool.run({
    items: jobs,
    // Every core once there are enough pages that starting more threads (each loads the
    // server bundle) pays for itself.
    threads: threadsOption ?? (jobs.length < PARALLEL_THRESHOLD ? 1 : availableParallelism()),
    batchSize: BATCH,
    parseResults: (message) => z.array(PageResultSchema).parse(message),
    onResults: (results) => {
      for (const { relative, key, stat, rendered: wasRendered } of results) {
        const slot = slotOf.get(relative)
        if (slot === undefined) throw new Error(`prerender: a result for no page: ${relative}`)
        next.keys[slot] = key
        next.stats[slot] = stat
        done += 1
        if (wasRendered) rendered += 1
      }
      progress.update(done)
    },
  })
  progress.finish()

  await mapLimited(gone, 32, (relative) => rm(path.join(outDir, relative), { force: true }))
  // After every page is out, whole; then the pending list, which it makes unneeded. A manifest
  // the same as the last is left as it is: after a rerun that found nothing changed, rewriting
  // tens of megabytes would be most of what is left of the run.
  if (!sameManifest(previous, next)) await writeManifest(manifestPath, next)
  await clearPending(pendingPath)

  if (!quiet) {
    const seconds = ((performance.now() - started) / 1000).toFixed(2)
    console.log(
      `prerender: ${total} pages (${rendered} rendered, ${total - rendered} unchanged) -> ${path.relative(process.cwd(), outDir)} in ${seconds} s`,
    )
  }
}

runToEnd('prerender', main)
