import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import type { Browser } from '@playwright/test'
import { slugOf } from '../generate-corpus.ts'
import { buildCorpus } from './build-corpus.ts'
import { bytesToOpen, type Transfer } from './bytes-to-open.ts'
import { launchChromium } from './chromium.ts'
import { loadAverage, machine } from './machine.ts'
import { nextClicks, pageTimes } from './page-timings.ts'
import { stopPreview, withPreview } from './preview-server.ts'
import { kb, median, ms, replaceSection, table } from './report-format.ts'
import { bin, run } from './run-command.ts'
import { writeVitepressSite } from './vitepress-site.ts'

// Part of `npm run bench`, and `npm run bench:vitepress` on its own: Lede and VitePress built from the same generated articles and
// measured in the same Chromium, in one run, one after the other: what an article costs to
// open, how soon it is painted and interactive, and how fast the next article opens. Writes
// the "Side by side with VitePress" section of BENCHMARKS.md.
const loads = 5
const clicks = 10

type Figures = {
  transfer: Transfer
  paintToReady: number[]
  largestPaint: number[]
  next: number[]
}

// Each site's sign that its links now navigate in the app.
const ledeReady = `Array.from(document.querySelectorAll('#lede-main a[rel]')).every((link) =>
  Object.keys(link).some((key) => key.startsWith('__reactProps$')))`
const vitepressReady = `!!document.getElementById('app')?.__vue_app__`

async function measure(browser: Browser, url: string, ready: string, next: string) {
  const transfer = await bytesToOpen(browser, url)
  const times = await pageTimes(browser, url, ready, loads)
  return {
    transfer,
    paintToReady: times.map((time) => time.paintToReady),
    largestPaint: times.map((time) => time.largestPaint),
    next: await nextClicks(browser, url, ready, next, clicks),
  }
}

async function withVitepressPreview<T>(
  site: string,
  port: number,
  measureAt: (origin: string) => Promise<T>,
) {
  const child = spawn(bin('vitepress'), ['preview', site, '--port', String(port)], {
    stdio: 'ignore',
    detached: true,
  })
  const origin = `http://localhost:${port}`
  for (let attempt = 0; attempt < 300; attempt++) {
    if (
      await fetch(origin).then(
        (response) => response.ok,
        () => false,
      )
    )
      break
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  try {
    return await measureAt(origin)
  } finally {
    await stopPreview(child)
  }
}

const ratio = (lede: number, other: number) => `${(lede / other).toFixed(2)}×`

function report(lede: Figures, vitepress: Figures, ranAt: Date, size: number, load: string) {
  const row = (what: string, pick: (f: Figures) => number, format: (n: number) => string) => ({
    measure: what,
    Lede: format(pick(lede)),
    VitePress: format(pick(vitepress)),
    'Lede / VitePress': ratio(pick(lede), pick(vitepress)),
  })
  return [
    `Command: \`npm run bench\` or \`npm run bench:vitepress\` (${size} generated articles, the same Markdown for both), run ${ranAt.toISOString().slice(0, 16).replace('T', ' ')} UTC, VitePress 1.6.4 with its default theme. Load average ${load}.`,
    '',
    `Article ${slugOf(100)}, each site served by its own preview server, in one Chromium: bytes as response bodies gzipped at level 9 until the network is quiet; times by the page's clock, medians of ${loads} fresh loads, the largest paint taken once the page is interactive and nothing has painted or arrived for half a second; "interactive" is the moment the page's links navigate in the app (React's props on Lede's neighbour links, the Vue app mounted on VitePress's); next article is ${clicks} clicks on the next link, each once the network has been quiet for half a second, from the click to the first frame after the headline changes.`,
    '',
    table([
      row('HTML and what it names (gzip)', (f) => f.transfer.firstLoad.gzip, kb),
      row('all JavaScript by network idle (gzip)', (f) => f.transfer.scripts.gzip, kb),
      row(
        'everything by network idle (gzip)',
        (f) => f.transfer.firstLoad.gzip + f.transfer.later.gzip,
        kb,
      ),
      row('largest contentful paint', (f) => median(f.largestPaint), ms),
      row('first paint to interactive', (f) => median(f.paintToReady), ms),
      row('next article', (f) => median(f.next), ms),
    ]),
  ].join('\n')
}

/** Builds both sites in `root` and measures them; resolves with the report's section body. */
export async function sideBySide(browser: Browser, root: string, size: number, port: number) {
  const loadAtStart = loadAverage()
  const client = path.join(root, 'side-client')
  const template = path.join(root, 'side-template.html')
  console.log(`side by side: Lede, ${size} articles`)
  await run(bin('vite'), ['build', '--outDir', client, '--emptyOutDir', '--logLevel', 'warn'])
  await cp(path.join(client, 'index.html'), template)
  const side = path.join(root, 'side')
  const lede = await buildCorpus(side, client, template, size, true)
  console.log('side by side: VitePress')
  const site = path.join(side, 'vitepress')
  await writeVitepressSite(path.join(side, `content-${size}`), site)
  await run(bin('vitepress'), ['build', site])
  const article = `/articles/${slugOf(100)}`
  console.log('side by side: measuring')
  const ledeFigures = await withPreview(lede.out, port, (origin) =>
    measure(browser, origin + article, ledeReady, '#lede-main a[rel="next"]'),
  )
  const vitepressFigures = await withVitepressPreview(site, port, (origin) =>
    measure(browser, origin + article, vitepressReady, 'a.pager-link.next'),
  )
  const body = report(
    ledeFigures,
    vitepressFigures,
    new Date(),
    size,
    `${loadAtStart} → ${loadAverage()}`,
  )
  return `${body}\n\nMachine: ${await machine()}`
}

export const sideBySideHeading = '## Side by side with VitePress'

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: '1000' },
      port: { type: 'string', default: process.env.LEDE_PORT ?? '4350' },
      'no-write': { type: 'boolean', default: false },
    },
  })
  const root = await mkdtemp(path.join(os.tmpdir(), 'lede-side-'))
  const browser = await launchChromium()
  try {
    const section = await sideBySide(browser, root, Number(values.size), Number(values.port))
    console.log(`\n${section}\n`)
    if (!values['no-write']) {
      const file = 'BENCHMARKS.md'
      const existing = existsSync(file) ? await readFile(file, 'utf8') : ''
      await writeFile(file, replaceSection(existing, sideBySideHeading, section))
      console.log(`side by side: wrote the section of ${file}`)
    }
  } finally {
    await browser.close()
    await rm(root, { recursive: true, force: true })
  }
}

// Run on its own (`npm run bench:vitepress`), not when the bench imports it.
if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) await main()
