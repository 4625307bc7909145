import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { replaceSection, table, type Row } from './report-format.ts'
import { generateCorpus, slugOf } from '../generate-corpus.ts'
import { measureDevEdit } from './dev-edit.ts'

// `npm run bench:scale -- --sizes 10000,100000`: how the content build and the prerender scale.
// For each size: a cold build (empty caches, every core), a rebuild with nothing changed, and a
// rebuild after one article is edited, each timed by the clock with the peak memory of the
// process (its resident set, worker threads included). Writes the `## Build at scale` section
// of BENCHMARKS.md.
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000' },
    // The corpus size at which `npm run dev` is timed showing an edit (dev-edit.ts).
    dev: { type: 'string', default: '10000' },
  },
})
const sizes = values.sizes.split(',').map(Number)
const devSize = Number(values.dev)
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN
const ms = (values: number[]) => values.map((value) => value.toFixed(0)).join(', ')

type Measure = { seconds: number; peakMB: number }

// Peak resident memory, read from /proc while the child runs (VmHWM only grows).
function runMeasured(args: string[]): Promise<Measure> {
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/run-script.mjs', ...args], {
      stdio: ['ignore', 'inherit', 'inherit'],
    })
    let peak = 0
    const poll = setInterval(() => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8')
        const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0)
        peak = Math.max(peak, kb)
      } catch {
        // Gone already, or not Linux: the peak stays as last read.
      }
    }, 50)
    child.on('error', reject)
    child.on('exit', (code) => {
      clearInterval(poll)
      if (code !== 0) return reject(new Error(`${args[0]} exited with ${code}`))
      resolve({ seconds: (performance.now() - started) / 1000, peakMB: peak / 1024 })
    })
  })
}

async function main(): Promise<void> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'lede-bench-scale-'))
  const rows: Row[] = []
  const devRows: Row[] = []
  try {
    const client = path.join(root, 'client')
    await new Promise<void>((resolve, reject) => {
      const child = spawn(
        path.resolve('node_modules/.bin/vite'),
        ['build', '--outDir', client, '--emptyOutDir', '--logLevel', 'warn'],
        { stdio: 'inherit' },
      )
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error('vite build failed'))))
    })
    const template = path.join(root, 'template.html')
    await cp(path.join(client, 'index.html'), template)
    for (const size of sizes) {
      const content = path.join(root, `content-${size}`)
      const out = path.join(root, `out-${size}`)
      await generateCorpus(content, size)
      const contentArgs = [
        'scripts/build-content.ts',
        ...['--content', content, '--out', path.join(out, 'data')],
        ...['--scratch', path.join(root, 'scratch'), '--cache', path.join(root, `cache-${size}`)],
      ]
      const prerenderArgs = [
        'scripts/prerender.ts',
        ...['--out', out, '--template', template, '--cache', path.join(root, `pages-${size}`)],
        ...['--content-cache', path.join(root, `cache-${size}`)],
      ]
      const step = async (label: string) => {
        console.log(`bench:scale: ${size} articles: ${label}`)
        const built = await runMeasured(contentArgs)
        const rendered = await runMeasured(prerenderArgs)
        rows.push({
          articles: size.toLocaleString('en-GB'),
          run: label,
          'content build': `${built.seconds.toFixed(1)} s`,
          prerender: `${rendered.seconds.toFixed(1)} s`,
          total: `${(built.seconds + rendered.seconds).toFixed(1)} s`,
          'peak memory (content / prerender)': `${built.peakMB.toFixed(0)} / ${rendered.peakMB.toFixed(0)} MB`,
        })
      }
      await step('cold')
      await step('nothing changed')
      const edited = path.join(content, `${slugOf(Math.floor(size / 2))}.md`)
      await writeFile(edited, `${await readFile(edited, 'utf8')}\nOne more paragraph, edited.\n`)
      await step('one article edited')
      if (size === devSize) {
        console.log(`bench:scale: ${size} articles: npm run dev, five edits`)
        const { shownMs, wholeMs } = await measureDevEdit(content, 5)
        devRows.push({
          articles: size.toLocaleString('en-GB'),
          'edit shown, median': `${median(shownMs).toFixed(0)} ms`,
          'each edit shown (ms)': ms(shownMs),
          'whole build done, median': `${(median(wholeMs) / 1000).toFixed(1)} s`,
        })
      }
      await rm(content, { recursive: true, force: true })
      await rm(out, { recursive: true, force: true })
    }
  } finally {
    await rm(root, { recursive: true, force: true })
  }
  const body = [
    `Machine: ${os.availableParallelism()} cores, ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}. Load average at the end ${os
      .loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')}.`,
    `Command: \`npm run bench:scale -- --sizes ${values.sizes}\`, run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC. Generated corpora (scripts/generate-corpus.ts); a client build is made once and only the content build and the prerender are timed, each a process of its own.`,
    table(rows),
    ...(devRows.length
      ? [
          'The dev server (`npm run dev`, scripts/bench/dev-edit.ts): an article page open in Chromium, its Markdown saved with a new title five times; from each save to the page showing the new title, and to the whole content build that follows having finished.',
          table(devRows),
        ]
      : []),
  ].join('\n\n')
  const file = 'BENCHMARKS.md'
  const document = await readFile(file, 'utf8').catch(() => '')
  await writeFile(file, replaceSection(document, '## Build at scale', body))
  console.log(table(rows))
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
