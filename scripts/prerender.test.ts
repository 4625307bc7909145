import { spawnSync } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
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
  return spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { encoding: 'utf8' })
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
