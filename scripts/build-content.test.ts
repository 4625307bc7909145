import { spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { ArticleSchema } from '../src/articles/article-schema.ts'
import { buildSite } from '../src/content-build/build-site.ts'
import { summarise } from '../src/summariser/summarise.ts'

// The content build as a reader's deploy runs it (`npm run content`): a child process that can
// fail or be killed. Node runs the script bundled (scripts/run-script.mjs) in the same process,
// so a kill reaches the build itself and not a wrapper around it.
const script = path.resolve('scripts/build-content.ts')
const args = (content: string, out: string, scratch: string, extra = ['--quiet']) => [
  'scripts/run-script.mjs',
  script,
  '--content',
  content,
  '--out',
  out,
  '--scratch',
  scratch,
  // Each run's articles are cached beside its output, apart from the project's own cache.
  '--cache',
  `${out}-cache`,
  ...extra,
]

let root = ''
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'lede-build-'))
})
afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

function article(title: string, date: string, body: string, editorSummary = true): string {
  // An editor summary keeps the summariser out of the way where a test is about the output.
  const summary = editorSummary ? `summary:\n  - ${title}\n` : ''
  return `---\ntitle: ${JSON.stringify(title)}\ndate: ${date}\n${summary}---\n${body}\n`
}

async function writeCorpus(
  dir: string,
  count: number,
  paragraphs: number,
  editorSummary = true,
): Promise<void> {
  await mkdir(dir, { recursive: true })
  await Promise.all(
    Array.from({ length: count }, (_, i) =>
      writeFile(
        path.join(dir, `article-${i}.md`),
        article(
          `Article ${i}`,
          '2026-01-01',
          Array.from({ length: paragraphs }, (_, p) => `Paragraph ${p} of article ${i}.`).join(
            '\n\n',
          ),
          editorSummary,
        ),
      ),
    ),
  )
}

async function hashTree(dir: string): Promise<string> {
  const hash = createHash('sha256')
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort()
  for (const file of files) {
    hash.update(`${file}\0`)
    hash.update(await readFile(path.join(dir, file)))
  }
  return `${files.length} files ${hash.digest('hex')}`
}

function runBuild(content: string, out: string, scratch: string, extra?: string[]) {
  return spawnSync(process.execPath, args(content, out, scratch, extra), { encoding: 'utf8' })
}

test('a build killed midway leaves the previous output byte for byte, and the next build recovers', async () => {
  const small = path.join(root, 'small')
  const large = path.join(root, 'large')
  const out = path.join(root, 'out')
  const scratch = path.join(root, 'scratch')
  await writeFile(
    path.join(await mkdir(small, { recursive: true }).then(() => small), 'one.md'),
    article('One', '2026-01-02', 'Text.'),
  )
  await writeCorpus(large, 1000, 10)

  expect(runBuild(small, out, scratch).status).toBe(0)
  const before = await hashTree(out)

  // Killed as soon as the build starts writing its new output.
  const child = spawn(process.execPath, args(large, out, scratch), { stdio: 'ignore' })
  const exit = new Promise<NodeJS.Signals | null>((resolve) =>
    child.on('exit', (_, signal) => resolve(signal)),
  )
  const watcher = setInterval(() => {
    if (existsSync(scratch)) child.kill('SIGKILL')
  }, 2)
  const signal = await exit
  clearInterval(watcher)

  expect(signal).toBe('SIGKILL')
  // The scratch folder is removed only once a build has finished: the kill came midway.
  expect(existsSync(scratch)).toBe(true)
  expect(await hashTree(out)).toBe(before)

  const recovered = runBuild(large, out, scratch)
  expect(recovered.stderr).toBe('')
  expect(recovered.status).toBe(0)
  expect(existsSync(scratch)).toBe(false)
  expect((await readdir(path.join(out, 'articles'))).length).toBe(1000)
}, 120_000)

test('bad content fails the build, prints every problem and leaves the output as it was', async () => {
  const good = path.join(root, 'good')
  const bad = path.join(root, 'bad')
  const out = path.join(root, 'out-bad')
  const scratch = path.join(root, 'scratch-bad')
  await writeCorpus(good, 2, 2)
  expect(runBuild(good, out, scratch).status).toBe(0)
  const before = await hashTree(out)

  await mkdir(path.join(bad, 'again'), { recursive: true })
  await writeFile(path.join(bad, 'no-title.md'), '---\ndate: 2026-01-01\n---\nText.\n')
  await writeFile(path.join(bad, 'bad-date.md'), '---\ntitle: T\ndate: yesterday\n---\nText.\n')
  await writeFile(path.join(bad, 'empty.md'), '---\ntitle: T\ndate: 2026-01-01\n---\n\n')
  await writeFile(
    path.join(bad, 'links.md'),
    '---\ntitle: T\ndate: 2026-01-01\n---\n[a](javascript:alert(1)) [b](/articles/nowhere)\n',
  )
  await writeFile(path.join(bad, 'twice.md'), article('Twice', '2026-01-01', 'Text.'))
  await writeFile(path.join(bad, 'again', 'twice.md'), article('Again', '2026-01-01', 'Text.'))

  const result = runBuild(bad, out, scratch)
  expect(result.status).toBe(1)
  const lines = result.stderr.trim().split('\n')
  const at = (file: string) => path.relative(process.cwd(), path.join(bad, file))
  expect(lines).toEqual([
    `${at('bad-date.md')}:3:7: date: must be an ISO 8601 date such as 2026-11-26`,
    `${at('empty.md')}:5:1: body: is empty: an article needs some text`,
    `${at('links.md')}:5:1: link: "javascript:" links are not allowed (use http, https or mailto)`,
    `${at('no-title.md')}:1:1: title: is required and must be text`,
    `${at('twice.md')}:1:1: slug: "twice" is also the slug of ${at('again/twice.md')}: rename one of the two files`,
    `${at('links.md')}:5:26: link: /articles/nowhere is not an article in content/articles`,
    'content build failed: 6 problems; the previous output is unchanged',
  ])
  expect(await hashTree(out)).toBe(before)
}, 60_000)

test('a rebuild builds only the articles whose files changed and rewrites only changed output', async () => {
  const content = path.join(root, 'incremental')
  const out = path.join(root, 'out-incremental')
  const scratch = path.join(root, 'scratch-incremental')
  await writeCorpus(content, 30, 3)
  const first = runBuild(content, out, scratch, [])
  expect(first.stdout).toMatch(/content: 30 articles \(30 built, 0 unchanged\)/)
  const untouched = await stat(path.join(out, 'articles', 'article-3.json'))

  await writeFile(
    path.join(content, 'article-7.md'),
    article('Article 7', '2026-01-01', 'An edited paragraph.'),
  )
  const second = runBuild(content, out, scratch, [])
  expect(second.status).toBe(0)
  expect(second.stdout).toMatch(/content: 30 articles \(1 built, 29 unchanged\)/)
  expect(await readFile(path.join(out, 'articles', 'article-7.json'), 'utf8')).toContain(
    'An edited paragraph.',
  )
  const after = await stat(path.join(out, 'articles', 'article-3.json'))
  expect(after.ino).toBe(untouched.ino)
  expect(after.mtimeMs).toBe(untouched.mtimeMs)
}, 60_000)

test('a build on every core writes exactly what a build on one thread writes', async () => {
  const content = path.join(root, 'threads')
  // Generated summaries, so the summariser runs in the workers too.
  await writeCorpus(content, 260, 4, false)
  const one = path.join(root, 'out-one-thread')
  const two = path.join(root, 'out-two-threads')
  expect(
    runBuild(content, one, path.join(root, 'scratch-one'), ['--quiet', '--threads', '1']).status,
  ).toBe(0)
  const parallel = runBuild(content, two, path.join(root, 'scratch-two'), [
    '--quiet',
    '--threads',
    '2',
  ])
  expect(parallel.stderr).toBe('')
  expect(parallel.status).toBe(0)
  expect(await hashTree(two)).toBe(await hashTree(one))
}, 120_000)

test('related reading built from the files and the cache is what the build in memory chooses', async () => {
  const content = path.join(root, 'related')
  const out = path.join(root, 'out-related')
  const topics = [
    'otters holts riverbank survey volunteers',
    'tram depot fares timetable drivers',
    'bakery flour ovens sourdough loaves',
  ]
  const sources = Array.from({ length: 9 }, (_, i) => ({
    file: `content/articles/story-${i}.md`,
    text: article(`Story ${i}`, `2026-01-0${i + 1}`, `Words on ${topics[i % 3]}, story ${i}.`),
  }))
  await mkdir(content, { recursive: true })
  for (const source of sources) {
    await writeFile(path.join(content, path.basename(source.file)), source.text)
  }
  expect(runBuild(content, out, path.join(root, 'scratch-related')).status).toBe(0)
  const site = buildSite(sources, { summarise })
  if ('problems' in site) throw new Error(site.problems.map((p) => p.message).join('\n'))
  for (const expected of site.articles) {
    const written = ArticleSchema.parse(
      JSON.parse(await readFile(path.join(out, 'articles', `${expected.slug}.json`), 'utf8')),
    )
    expect(written.related).toEqual(expected.related)
  }
  // And it is about the text: each story's first related one shares its subject.
  const first = site.articles.find((a) => a.slug === 'story-0')?.related?.[0]?.slug
  expect(['story-3', 'story-6']).toContain(first)
}, 60_000)

test("after an edit, related reading is updated from the last build's and is what a build from nothing gives", async () => {
  const content = path.join(root, 'related-update')
  const out = path.join(root, 'out-related-update')
  const scratch = path.join(root, 'scratch-related-update')
  const subjects = [
    'otters holts riverbank survey volunteers heron',
    'tram depot fares timetable drivers council',
    'bakery flour ovens sourdough loaves market',
    'library books reading lending council volunteers',
  ]
  await mkdir(content, { recursive: true })
  const body = (i: number, extra = '') =>
    `Words on ${subjects[i % 4]}, and ${subjects[(i * 3 + 1) % 4]}, story ${i}.${extra}`
  for (let i = 0; i < 24; i++) {
    await writeFile(
      path.join(content, `story-${i}.md`),
      article(`Story ${i}`, `2026-02-${String(i + 1).padStart(2, '0')}`, body(i)),
    )
  }
  const first = runBuild(content, out, scratch, [])
  expect(first.stdout).toMatch(/related reading worked out whole/)
  // The build after a first one starts from its work.
  expect(runBuild(content, out, scratch, []).stdout).toMatch(/related reading unchanged/)
  // Words the story has already, once more each: its weights change, no word comes or goes.
  await writeFile(
    path.join(content, 'story-5.md'),
    article('Story 5', '2026-02-06', body(5, ` Otters, otters and holts; ${subjects[1]}.`)),
  )
  const edited = runBuild(content, out, scratch, [])
  expect(edited.status).toBe(0)
  expect(edited.stdout).toMatch(/related reading updated from the last build's/)
  const fresh = path.join(root, 'out-related-fresh')
  expect(runBuild(content, fresh, path.join(root, 'scratch-related-fresh')).status).toBe(0)
  expect(await hashTree(out)).toBe(await hashTree(fresh))
}, 120_000)
