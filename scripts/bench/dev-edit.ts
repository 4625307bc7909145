import { spawn, type ChildProcess } from 'node:child_process'
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { launchChromium } from './chromium.ts'

export type DevEdit = {
  // From saving an article to its page showing the edit, each edit.
  shownMs: number[]
  // From saving it to the whole content build having written every file.
  wholeMs: number[]
  // Times the page was loaded again after it first opened: the edits are shown without.
  reloads: number
}

// `npm run dev` as an editor uses it, on a copy of the project whose content is `corpus`: the
// content built first (timed apart, not here), then the dev server, and an article's page open
// in Chromium. Each edit changes the article's title in its Markdown; the clock runs from the
// save until the page's heading shows the new title (the article built alone and the page
// fetched again), and until the whole content build that follows has finished.
export async function measureDevEdit(corpus: string, edits = 5, port = 5199): Promise<DevEdit> {
  const project = await mkdtemp(path.join(os.tmpdir(), 'lede-bench-dev-'))
  let server: ChildProcess | undefined
  try {
    for (const entry of ['index.html', 'vite.config.ts', 'tsconfig.json', 'package.json']) {
      await cp(entry, path.join(project, entry))
    }
    for (const folder of ['src', 'scripts', 'public', 'content/images']) {
      await cp(folder, path.join(project, folder), {
        recursive: true,
        filter: (source) => !/[\\/]public[\\/](data|images)(?:[\\/]|$)/.test(source),
      })
    }
    await cp(corpus, path.join(project, 'content', 'articles'), { recursive: true })
    // The project's packages, but a cache of the copy's own.
    await mkdir(path.join(project, 'node_modules'))
    for (const name of await readdir('node_modules')) {
      if (name === '.cache') continue
      await symlink(path.resolve('node_modules', name), path.join(project, 'node_modules', name))
    }
    await run(project, ['scripts/run-script.mjs', 'scripts/build-content.ts', '--quiet'])

    const lines: string[] = []
    server = spawn(
      path.join(project, 'node_modules/.bin/vite'),
      ['--port', String(port), '--strictPort'],
      { cwd: project, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
    )
    const onLine = (chunk: Buffer) => lines.push(...chunk.toString().split('\n'))
    server.stdout?.on('data', onLine)
    server.stderr?.on('data', onLine)
    const wholeBuilds = () => lines.filter((line) => /^content: \d+ articles/.test(line)).length

    const names = (await readdir(path.join(project, 'content', 'articles'))).sort()
    const name = names[Math.floor(names.length / 2)] as string
    const file = path.join(project, 'content', 'articles', name)
    const original = await readFile(file, 'utf8')
    const browser = await launchChromium()
    try {
      const page = await browser.newPage()
      const url = `http://localhost:${port}/articles/${name.replace(/\.md$/, '')}`
      for (let attempt = 0; ; attempt++) {
        const ok = await page.goto(url).then(
          (response) => response?.ok() ?? false,
          () => false,
        )
        if (ok) break
        if (attempt > 120) throw new Error(`the dev server did not answer on ${url}`)
        await new Promise((resolve) => setTimeout(resolve, 500))
      }
      await page.locator('h1').waitFor({ timeout: 60_000 })
      const result: DevEdit = { shownMs: [], wholeMs: [], reloads: 0 }
      page.on('load', () => (result.reloads += 1))
      for (let edit = 1; edit <= edits; edit++) {
        const mark = `Edit ${edit}:`
        const builds = wholeBuilds()
        const saved = performance.now()
        await writeFile(file, original.replace(/^title: "/m, `title: "${mark} `))
        await page.waitForFunction(
          (text) => document.querySelector('h1')?.textContent?.includes(text) ?? false,
          mark,
          { polling: 'raf', timeout: 60_000 },
        )
        result.shownMs.push(performance.now() - saved)
        while (wholeBuilds() === builds) await new Promise((resolve) => setTimeout(resolve, 20))
        result.wholeMs.push(performance.now() - saved)
        // The page fetches its data once more after the whole build: it must still show the edit.
        await page.waitForFunction(
          (text) => document.querySelector('h1')?.textContent?.includes(text) ?? false,
          mark,
          { timeout: 60_000 },
        )
        // The page settles before the next edit.
        await new Promise((resolve) => setTimeout(resolve, 1000))
      }
      return result
    } finally {
      await browser.close()
    }
  } finally {
    if (server?.pid) process.kill(-server.pid, 'SIGTERM')
    await rm(project, { recursive: true, force: true })
  }
}

function run(cwd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, stdio: 'inherit' })
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${args.join(' ')} exited with ${code}`)),
    )
  })
}
