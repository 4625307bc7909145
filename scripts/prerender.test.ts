import { spawnSync } from 'node:child_process'
import {
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rename,
  rm,
  stat,
  utimes,
  writeFile,
} from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'

// The prerender as a deploy runs it after the content build, twice over the same folder: the
// second run renders only the pages whose data changed, and removes the page of a deleted article.
let root = ''
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'lede-prerender-'))
})
afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

const template =
  '<!doctype html><html lang="en"><head><title>Lede</title></head><body><div id="lede-root"></div></body></html>'

const article = (slug: string, text: string) =>
  `---\ntitle: ${JSON.stringify(slug)}\ndate: 2026-01-0${slug.length % 9}\nsummary:\n  - A point.\n---\n${text}\n`

function run(script: string, args: string[]) {
  return spawnSync(process.execPath, ['scripts/run-script.mjs', script, ...args], {
    encoding: 'utf8',
  })
}

// A content build of these articles into <folder>/dist/data, and a prerender of it.
async function site(folder: string, slugs: string[]) {
  const content = path.join(root, folder, 'content')
  const out = path.join(root, folder, 'dist')
  const data = path.join(out, 'data')
  await mkdir(content, { recursive: true })
  await writeFile(path.join(root, 'template.html'), template)
  for (const slug of slugs) {
    await writeFile(path.join(content, `${slug}.md`), article(slug, `The text of ${slug}.`))
  }
  const built = run('scripts/build-content.ts', [
    ...['--content', content, '--out', data],
    ...['--scratch', path.join(root, folder, 'scratch')],
    ...['--cache', path.join(root, folder, 'cache')],
    '--quiet',
  ])
  expect(built.status).toBe(0)
  const prerender = (options: { out?: string; args?: string[] } = {}) =>
    run('scripts/prerender.ts', [
      ...['--out', options.out ?? out, '--data', data],
      ...['--template', path.join(root, 'template.html')],
      ...['--cache', path.join(root, folder, 'pages')],
      ...(options.args ?? []),
    ])
  return { out, data, prerender }
}

async function htmlFiles(folder: string): Promise<Map<string, string>> {
  const names = await readdir(folder, { recursive: true })
  const pages = names.filter((name) => name.endsWith('.html')).toSorted()
  return new Map(
    await Promise.all(
      pages.map(async (name) => [name, await readFile(path.join(folder, name), 'utf8')] as const),
    ),
  )
}

// As if the data files were written a minute ago: a stat is kept only once its file is still.
async function age(data: string) {
  const minuteAgo = Math.floor(Date.now() / 1000) - 60
  for (const name of await readdir(data, { recursive: true })) {
    if (name.endsWith('.json')) await utimes(path.join(data, name), minuteAgo, minuteAgo)
  }
}

test('a second prerender renders only what changed and removes pages of deleted articles', async () => {
  const content = path.join(root, 'content')
  const out = path.join(root, 'dist')
  const build = () =>
    run('scripts/build-content.ts', [
      ...['--content', content, '--out', path.join(out, 'data')],
      ...['--scratch', path.join(root, 'scratch'), '--cache', path.join(root, 'cache')],
      '--quiet',
    ])
  const prerender = () =>
    run('scripts/prerender.ts', [
      ...['--out', out, '--template', path.join(root, 'template.html')],
      ...['--cache', path.join(root, 'pages')],
    ])
  await mkdir(content, { recursive: true })
  await writeFile(path.join(root, 'template.html'), template)
  for (const slug of ['alpha', 'beta', 'gamma']) {
    await writeFile(path.join(content, `${slug}.md`), article(slug, `The text of ${slug}.`))
  }
  expect(build().status).toBe(0)
  const first = prerender()
  expect(first.stderr).toBe('')
  // The list, three articles, the not-found page and the search page's shell.
  expect(first.stdout).toMatch(/prerender: 6 pages \(6 rendered, 0 unchanged\)/)
  const gammaPage = path.join(out, 'articles', 'gamma', 'index.html')
  const before = await stat(gammaPage)

  // An edit of the body changes that article's data alone (not its neighbours' or the list's).
  await writeFile(path.join(content, 'alpha.md'), article('alpha', 'Edited text of alpha.'))
  // The client build has written its template over the list page, as `vite build` does.
  await writeFile(path.join(out, 'index.html'), template)
  expect(build().status).toBe(0)
  const second = prerender()
  // That article, and the list page the template replaced.
  expect(second.stdout).toMatch(/prerender: 6 pages \(2 rendered, 4 unchanged\)/)
  expect(await readFile(path.join(out, 'index.html'), 'utf8')).toContain('lede-data')
  expect(await readFile(path.join(out, 'articles', 'alpha', 'index.html'), 'utf8')).toContain(
    'Edited text of alpha.',
  )
  expect((await stat(gammaPage)).mtimeMs).toBe(before.mtimeMs)

  await rm(path.join(content, 'beta.md'))
  expect(build().status).toBe(0)
  expect(prerender().stdout).toMatch(/prerender: 5 pages /)
  await expect(stat(path.join(out, 'articles', 'beta', 'index.html'))).rejects.toThrow()
}, 180_000)

test('a rerun reads only the data files whose stat changed', async () => {
  const { data, prerender } = await site('stats', ['alpha', 'beta', 'gamma'])
  await age(data)
  expect(prerender().status).toBe(0)
  // Gamma's data rewritten in place to other text of the same length, its time put back: a
  // file the content build never writes, and which only a run that reads it would notice.
  const gamma = path.join(data, 'articles', 'gamma.json')
  const { mtime } = await stat(gamma)
  const gammaText = await readFile(gamma, 'utf8')
  await writeFile(gamma, gammaText.replace('text of gamma', 'TEXT OF GAMMA'))
  expect(await readFile(gamma, 'utf8')).not.toBe(gammaText)
  await utimes(gamma, mtime, mtime)
  // Beta's written anew, as the content build writes a changed file.
  const beta = path.join(data, 'articles', 'beta.json')
  const betaText = await readFile(beta, 'utf8')
  await rm(beta)
  await writeFile(beta, betaText.replace('text of beta', 'TEXT OF BETA'))
  const rerun = prerender()
  expect(rerun.stderr).toBe('')
  // Beta's page, and the list page, which is always rendered.
  expect(rerun.stdout).toMatch(/prerender: 6 pages \(2 rendered, 4 unchanged\)/)
}, 180_000)

test('a rerun that finds nothing changed leaves the manifest as it is; one after an edit writes it', async () => {
  const { data, prerender } = await site('manifest', ['alpha', 'beta'])
  await age(data)
  expect(prerender().status).toBe(0)
  const cache = path.join(root, 'manifest', 'pages')
  const [name] = (await readdir(cache)).filter((file) => /^pages-\w+\.json$/.test(file))
  const manifest = path.join(cache, name ?? '')
  const [firstText, firstStat] = [await readFile(manifest, 'utf8'), await stat(manifest)]

  const unchanged = prerender()
  expect(unchanged.stdout).toMatch(/prerender: 5 pages \(1 rendered, 4 unchanged\)/)
  expect((await stat(manifest)).mtimeMs).toBe(firstStat.mtimeMs)
  expect((await stat(manifest)).ino).toBe(firstStat.ino)

  // Beta's written anew and renamed over the old file, as the content build writes a change.
  const beta = path.join(data, 'articles', 'beta.json')
  const scratch = `${beta}.tmp`
  await writeFile(scratch, (await readFile(beta, 'utf8')).replace('text of beta', 'TEXT OF BETA'))
  const minuteAgo = Math.floor(Date.now() / 1000) - 60
  await utimes(scratch, minuteAgo, minuteAgo)
  await rename(scratch, beta)
  const edited = prerender()
  expect(edited.stdout).toMatch(/prerender: 5 pages \(2 rendered, 3 unchanged\)/)
  expect(await readFile(manifest, 'utf8')).not.toBe(firstText)
}, 180_000)

test('a rerun renders again the pages taken off the disk, and keeps the rest', async () => {
  const { out, data, prerender } = await site('removed', ['alpha', 'beta', 'gamma'])
  await age(data)
  expect(prerender().status).toBe(0)
  // As a client build leaves them: the output emptied of pages, here of two of them.
  await rm(path.join(out, 'articles', 'beta'), { recursive: true })
  await rm(path.join(out, '404.html'))
  const rerun = prerender()
  expect(rerun.stderr).toBe('')
  // Those two, and the list page, which is always rendered.
  expect(rerun.stdout).toMatch(/prerender: 6 pages \(3 rendered, 3 unchanged\)/)
  expect(await readFile(path.join(out, 'articles', 'beta', 'index.html'), 'utf8')).toContain(
    'text of beta',
  )
  expect(await readFile(path.join(out, '404.html'), 'utf8')).toContain('<!doctype html>')
}, 180_000)

test('pages rendered on several threads are the same, byte for byte, as on one', async () => {
  const slugs = [...'abcdefghijkl'].map((letter) => `page-${letter}`)
  const { out, prerender } = await site('threads', slugs)
  const threaded = path.join(root, 'threads', 'threaded')
  const one = prerender({ args: ['--threads', '1'] })
  const several = prerender({ out: threaded, args: ['--threads', '2'] })
  expect([one.status, several.status]).toEqual([0, 0])
  expect(several.stdout).toMatch(/prerender: 15 pages \(15 rendered, 0 unchanged\)/)
  const pages = await htmlFiles(threaded)
  expect(pages.size).toBe(15)
  expect(pages).toEqual(await htmlFiles(out))
}, 180_000)

test('a page that fails on a render thread fails the run, naming its data file', async () => {
  const { data, prerender } = await site('failing', ['alpha', 'beta'])
  await writeFile(path.join(data, 'articles', 'beta.json'), '{"slug": "beta"}')
  const failed = prerender({ args: ['--threads', '2'] })
  expect(failed.status).toBe(1)
  expect(failed.stderr).toMatch(/prerender: thread \d failed: articles\/beta\.json: /)
}, 180_000)

test('after a rebuild in place, a rerun renders the pages of the files it changed, as a survey would', async () => {
  const { out, data, prerender } = await site('changes', ['alpha', 'beta', 'gamma'])
  const content = path.join(root, 'changes', 'content')
  const cache = ['--content-cache', path.join(root, 'changes', 'cache')]
  expect(prerender({ args: cache }).status).toBe(0)
  const betaPage = path.join(out, 'articles', 'beta', 'index.html')
  const before = await stat(betaPage)

  await writeFile(path.join(content, 'alpha.md'), article('alpha', 'Edited text of alpha.'))
  const rebuilt = run('scripts/build-content.ts', [
    ...['--content', content, '--out', data],
    ...['--scratch', path.join(root, 'changes', 'scratch')],
    ...['--cache', path.join(root, 'changes', 'cache')],
  ])
  expect(rebuilt.stdout).toContain('rebuilt in place')
  const second = prerender({ args: cache })
  expect(second.stderr).toBe('')
  // Alpha's page, and the list page, rendered every run; no data file was stated.
  expect(second.stdout).toMatch(
    /prerender: 6 pages \(2 rendered, 4 unchanged\).*from the content build's changes/,
  )
  expect(await readFile(path.join(out, 'articles', 'alpha', 'index.html'), 'utf8')).toContain(
    'Edited text of alpha.',
  )
  expect((await stat(betaPage)).mtimeMs).toBe(before.mtimeMs)
  // The very pages a prerender from nothing renders.
  const pages = await htmlFiles(out)
  const fresh = path.join(root, 'changes', 'fresh')
  expect(prerender({ out: fresh }).status).toBe(0)
  const surveyed = await htmlFiles(fresh)
  expect([...pages.keys()]).toEqual([...surveyed.keys()])
  for (const [name, html] of surveyed) expect(pages.get(name), name).toBe(html)

  // A rerun after nothing changed renders the list page alone, and one without the content
  // build's cache surveys the data as before.
  expect(prerender({ args: cache }).stdout).toMatch(/\(1 rendered, 5 unchanged\).*changes/)
  expect(prerender().stdout).not.toContain("content build's changes")
}, 180_000)
