import { existsSync } from 'node:fs'
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import type { Browser } from '@playwright/test'
import { slugOf } from '../generate-corpus.ts'
import { buildCorpus, type BuiltCorpus } from './build-corpus.ts'
import { bytesToOpen, type Transfer } from './bytes-to-open.ts'
import { launchChromium } from './chromium.ts'
import { firstLoadFiles } from './first-load-files.ts'
import { loadAverage, machine } from './machine.ts'
import type { Measurements } from './measurements.ts'
import { cachedNavigation, coldNavigation } from './navigation.ts'
import { paintToHydrated } from './paint-to-hydrated.ts'
import { performanceGoals } from './performance-goals.ts'
import { performanceReport } from './performance-report.ts'
import { withPreview } from './preview-server.ts'
import { replaceSection } from './report-format.ts'
import { timeSearchBuild } from './search-build-times.ts'
import { sideBySide, sideBySideHeading } from './side-by-side.ts'
import { measureSearch } from './search-in-browser.ts'
import { searchTerms } from './search-terms.ts'
import { bin, run } from './run-command.ts'

// `npm run bench`: builds and prerenders generated corpora of several sizes in a temporary
// folder, measures them in Chromium (opening an article, next and previous, and search on the
// largest), prints the figures against their goals, records them in BENCHMARKS.md, and exits
// non-zero when a goal is missed.
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,10000' },
    navigations: { type: 'string', default: '30' },
    port: { type: 'string', default: process.env.LEDE_PORT ?? '4330' },
    keep: { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
    // Lede beside VitePress, built from the same articles (scripts/bench/side-by-side.ts).
    'no-side-by-side': { type: 'boolean', default: false },
  },
})
const sizes = values.sizes.split(',').map(Number)
const navigations = Number(values.navigations)
const port = Number(values.port)

async function measureLargest(browser: Browser, corpus: BuiltCorpus) {
  const startSlug = slugOf(Math.min(100, Math.floor(corpus.size / 2)))
  const search = await timeSearchBuild(corpus.out)
  return withPreview(corpus.out, port, async (origin) => {
    const url = `${origin}/articles/${startSlug}`
    console.log('bench: first paint to hydrated, 5 fresh loads')
    const hydration = await paintToHydrated(browser, url, 5)
    console.log(`bench: navigation over ${navigations} clicks each way`)
    const cached = await cachedNavigation(browser, url, navigations)
    const coldNext = await coldNavigation(browser, url, 'next', navigations)
    const coldPrev = await coldNavigation(browser, url, 'prev', navigations)
    console.log('bench: search')
    const figures = await measureSearch(browser, url, searchTerms(search.titles, 9))
    return { startSlug, hydration, cached, coldNext, coldPrev, search: { build: search, figures } }
  })
}

async function measure(root: string, browser: Browser): Promise<Measurements> {
  const loadAtStart = loadAverage()
  const client = path.join(root, 'client')
  const template = path.join(root, 'template.html')
  console.log(`bench: client build -> ${client}`)
  await run(bin('vite'), ['build', '--outDir', client, '--emptyOutDir', '--logLevel', 'warn'])
  await cp(path.join(client, 'index.html'), template)
  const corpora: BuiltCorpus[] = []
  const transfers = new Map<number, Transfer>()
  for (const size of sizes) {
    const corpus = await buildCorpus(root, client, template, size, values.keep)
    corpora.push(corpus)
    const opened = await withPreview(corpus.out, port, (origin) =>
      bytesToOpen(browser, `${origin}/articles/${slugOf(50)}`),
    )
    transfers.set(size, opened)
  }
  const largest = corpora[corpora.length - 1]
  if (!largest) throw new Error('no sizes to measure')
  const measured = await measureLargest(browser, largest)
  const html = await readFile(
    path.join(largest.out, 'articles', measured.startSlug, 'index.html'),
    'utf8',
  )
  return {
    sizesOption: values.sizes,
    navigations,
    corpora,
    transfers,
    ...measured,
    firstLoad: await firstLoadFiles(largest.out, html),
    machine: await machine(),
    loadAtStart,
    loadAtEnd: loadAverage(),
  }
}

async function main(): Promise<void> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'lede-bench-'))
  const browser = await launchChromium()
  try {
    const measured = await measure(root, browser)
    const goals = performanceGoals(measured)
    const report = performanceReport(measured, goals, new Date())
    console.log(`\n${report}\n`)
    if (!values['no-write']) {
      const file = 'BENCHMARKS.md'
      // Read just before writing: other sections of the file belong to other tools.
      const existing = existsSync(file) ? await readFile(file, 'utf8') : ''
      await writeFile(file, replaceSection(existing, '## Performance', report))
      console.log(`bench: wrote the Performance section of ${file}`)
    }
    if (!values['no-side-by-side']) {
      const section = await sideBySide(browser, root, 1000, port)
      console.log(`\n${sideBySideHeading}\n\n${section}\n`)
      if (!values['no-write']) {
        const file = 'BENCHMARKS.md'
        const existing = existsSync(file) ? await readFile(file, 'utf8') : ''
        await writeFile(file, replaceSection(existing, sideBySideHeading, section))
      }
    }
    const missed = goals.filter((goal) => !goal.met)
    for (const goal of missed) {
      console.error(`bench: goal missed: ${goal.goal}: ${goal.measured} (${goal.target})`)
    }
    if (missed.length) process.exitCode = 1
  } finally {
    await browser.close()
    if (!values.keep) await rm(root, { recursive: true, force: true })
    else console.log(`bench: kept ${root}`)
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
