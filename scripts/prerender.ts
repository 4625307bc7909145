import { existsSync } from 'node:fs'
import { readdir, readFile, rm } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { defaultCacheDir } from '../src/content-build/article-cache.ts'
import { pageCodeHash } from '../src/content-build/build-code-hash.ts'
import { mapLimited } from '../src/content-build/map-limited.ts'
import { outputChangesSince, outputKeysFile } from '../src/content-build/output-changes.ts'
import { startProgress } from '../src/content-build/progress.ts'
import { pageKey } from '../src/prerender/page-key.ts'
import {
  manifestFile,
  pendingFile,
  readManifest,
  sameManifest,
  writeManifest,
} from '../src/prerender/page-manifest.ts'
import {
  PageResultSchema,
  type PageResult,
  type RenderContext,
} from '../src/prerender/page-renderer.ts'
import { clearPending, readPending, writePending } from '../src/prerender/pending-pages.ts'
import { pagesOnDisk } from '../src/prerender/pages-on-disk.ts'
import { planChangedPages } from '../src/prerender/plan-changed-pages.ts'
import type { PageJob } from '../src/prerender/page-job.ts'
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
    // The content build's cache (its --cache), where it says what it changed in the data.
    'content-cache': { type: 'string', default: defaultCacheDir },
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
  const common = [bundle.key, await pageCodeHash(), templateText, site]
  const context: RenderContext = {
    bundleFile: bundle.file,
    templateText,
    site,
    assetFiles,
    outDir,
    dataDir,
    common,
  }

  let pool: Pool | undefined
  let local: Promise<(job: PageJob) => PageResult> | undefined
  const renderers: Renderers = {
    threads: () =>
      (pool ??= startPool({
        worker: new URL('../src/prerender/render-worker.ts', import.meta.url),
        workerData: context,
        name: 'prerender',
      })),
    here: () =>
      (local ??= import('../src/prerender/page-renderer.ts').then((loaded) =>
        loaded.loadRenderer(context),
      )),
  }
  try {
    await renderSite(renderers, context, values.quiet, started)
  } finally {
    await pool?.close()
  }
}

// Where pages are rendered: on render threads (worker-pool.ts), or on this thread, for the few
// pages of a run after an edit, where starting a thread and loading the server bundle in it
// would take most of the run. Each starts loading when first asked for.
type Renderers = {
  threads: () => Pool
  here: () => Promise<(job: PageJob) => PageResult>
}

async function renderSite(
  renderers: Renderers,
  context: RenderContext,
  quiet: boolean,
  started: number,
): Promise<void> {
  const { outDir, dataDir, common } = context
  const contentCache = path.resolve(values['content-cache'])
  const manifestPath = manifestFile(path.resolve(values.cache), outDir)
  const pendingPath = pendingFile(manifestPath)
  const [previous, pending] = await Promise.all([
    readManifest(manifestPath),
    readPending(pendingPath),
  ])
  const commonKey = pageKey(...common)
  // After rebuilds in place, the content build says which data files it changed, and only
  // their pages are read: a stat of each of 200,000 data files is most of a rerun otherwise.
  // The last run must have left every page whole (no pending list), and the output must hold
  // its pages still (a client build empties it).
  const changes = outputChangesSince(
    outputKeysFile(contentCache, dataDir),
    previous.changes ?? null,
  )
  const trusted =
    changes.files !== null &&
    previous.common === commonKey &&
    pending !== 'all' &&
    pending.size === 0 &&
    existsSync(path.join(outDir, '404.html'))
  // A render thread starts now and loads the server bundle while this thread surveys the data
  // files; after rebuilds in place there is no survey and few pages, and this thread loads the
  // bundle itself while it plans them.
  if (trusted) renderers.here().catch(() => undefined)
  else renderers.threads()
  const fromChanges = trusted ? planChangedPages(previous, changes.files ?? [], commonKey) : null
  const { next, jobs, slots, gone } =
    fromChanges ??
    planPages({
      pages: surveySitePages(dataDir),
      previous,
      common: commonKey,
      pending,
      exists: pagesOnDisk(outDir),
    })
  next.changes = changes.mark
  // Before any page is written: the pages this run may rewrite or remove, so a run stopped
  // midway leaves none of them trusted.
  await writePending(pendingPath, [...jobs.map((job) => job.relative), ...gone])

  const slotOf = new Map(jobs.map((job, index) => [job.relative, slots[index]]))
  const total = next.relatives.length
  let done = total - jobs.length
  let rendered = 0
  const progress = startProgress({ label: 'prerender', total: quiet ? 0 : total })
  progress.update(done)
  const onResults = (results: readonly PageResult[]) => {
    for (const { relative, key, stat, rendered: wasRendered } of results) {
      const slot = slotOf.get(relative)
      if (slot === undefined) throw new Error(`prerender: a result for no page: ${relative}`)
      next.keys[slot] = key
      next.stats[slot] = stat
      done += 1
      if (wasRendered) rendered += 1
    }
    progress.update(done)
  }
  if (fromChanges && jobs.length <= BATCH && threadsOption === undefined) {
    const render = await renderers.here()
    onResults(jobs.map(render))
  } else {
    await renderers.threads().run({
      items: jobs,
      // Every core once there are enough pages that starting more threads (each loads the
      // server bundle) pays for itself.
      threads: threadsOption ?? (jobs.length < PARALLEL_THRESHOLD ? 1 : availableParallelism()),
      batchSize: BATCH,
      parseResults: (message) => z.array(PageResultSchema).parse(message),
      onResults,
    })
  }
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
      `prerender: ${total} pages (${rendered} rendered, ${total - rendered} unchanged) -> ${path.relative(process.cwd(), outDir)} in ${seconds} s${fromChanges ? "; from the content build's changes" : ''}`,
    )
  }
}

runToEnd('prerender', main)
