import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import type { Browser } from '@playwright/test'
import { launchChromium } from './bench/chromium.ts'
import { withPreview } from './bench/preview-server.ts'
import { run } from './bench/run-command.ts'
import { reviewPage } from './screenshots/review-page.ts'
import { pagesToShoot, views, type Shot } from './screenshots/views.ts'

// `npm run screenshots -- --before <git ref>`: the same pages, at a phone's width and a
// desktop's, light, dark and printed, from this checkout and from an earlier one, side by side
// in screenshots/index.html for a person to review. Not a test: nothing here passes or fails
// on how a page looks.
const { values } = parseArgs({
  options: {
    before: { type: 'string' },
    out: { type: 'string', default: 'screenshots' },
    port: { type: 'string', default: process.env.LEDE_PORT ?? '4340' },
  },
})
if (!values.before) {
  console.error('screenshots: say which earlier version to compare with, e.g. --before d0ce7ab^1')
  process.exit(2)
}
const before = values.before
const out = path.resolve(values.out)
const port = Number(values.port)

// The earlier version is checked out aside and built as it was; its own dependencies are
// installed unless its lockfile is this one's.
async function buildBefore(root: string): Promise<string> {
  const checkout = path.join(root, 'before')
  execFileSync('git', ['worktree', 'add', '--detach', checkout, before], { stdio: 'inherit' })
  const sameLock =
    (await readFile(path.join(checkout, 'package-lock.json'), 'utf8')) ===
    (await readFile('package-lock.json', 'utf8'))
  if (sameLock) await symlink(path.resolve('node_modules'), path.join(checkout, 'node_modules'))
  else await run('npm', ['ci', '--no-audit', '--no-fund'], checkout)
  await run('npm', ['run', 'build'], checkout)
  return checkout
}

// Each version is served by its own `vite preview`, with the headers and policy it was made for.
async function shoot(browser: Browser, checkout: string, label: string): Promise<Shot[]> {
  const dist = path.join(checkout, 'dist')
  const serve = (measure: (origin: string) => Promise<Shot[]>) =>
    withPreview(dist, port, measure, checkout)
  return serve(async (origin) => {
    const pages = await pagesToShoot(path.resolve('dist'))
    const shots: Shot[] = []
    for (const page of pages) {
      for (const view of views) {
        const context = await browser.newContext({
          viewport: view.viewport,
          colorScheme: view.scheme,
          reducedMotion: 'reduce',
        })
        const tab = await context.newPage()
        if (view.print) await tab.emulateMedia({ media: 'print' })
        // Twice: the faces are `font-display: optional`, so a first visit on a busy machine can
        // paint with the fallbacks; the second is the page as a returning reader sees it.
        await tab.goto(`${origin}${page.path}`, { waitUntil: 'networkidle' })
        await tab.reload({ waitUntil: 'networkidle' })
        await tab.evaluate(() => document.fonts.ready)
        const file = `${label}-${page.name}-${view.name}.png`
        await tab.screenshot({ path: path.join(out, file), fullPage: true })
        shots.push({ page: page.name, view: view.name, file, label })
        await context.close()
      }
    }
    return shots
  })
}

async function main(): Promise<void> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'lede-screenshots-'))
  const browser = await launchChromium()
  try {
    await rm(out, { recursive: true, force: true })
    await mkdir(out, { recursive: true })
    if (!existsSync('dist/index.html')) await run('npm', ['run', 'build'])
    const after = await shoot(browser, process.cwd(), 'after')
    const earlier = await shoot(browser, await buildBefore(root), 'before')
    await writeFile(path.join(out, 'index.html'), reviewPage(before, [...earlier, ...after]))
    console.log(`screenshots: ${earlier.length + after.length} pictures -> ${out}/index.html`)
  } finally {
    await browser.close()
    // Only when the earlier version was checked out: a run that failed before then must report
    // its own error, not the cleanup's.
    const checkout = path.join(root, 'before')
    if (existsSync(checkout)) {
      execFileSync('git', ['worktree', 'remove', '--force', checkout], { stdio: 'ignore' })
    }
    await rm(root, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
