// @vitest-environment node
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { parse } from 'yaml'
import { importFile, type ImportContext } from './import-files.ts'
import { ArticleWriter } from './write-article.ts'

const pages = join(import.meta.dirname, 'test-pages')

function setup(force = false) {
  const dir = mkdtempSync(join(tmpdir(), 'lede-import-'))
  const said: string[] = []
  const context: ImportContext = {
    out: join(dir, 'articles'),
    images: join(dir, 'images'),
    today: '2026-12-01',
    force,
    writer: new ArticleWriter(force),
    say: (line) => said.push(line),
  }
  return { dir, said, context }
}

const read = (path: string) => readFileSync(path, 'utf8')
const frontMatterOf = (text: string): unknown => parse(text.split('---\n')[1] ?? '')

test('a saved web page: metadata, real heading levels, a local figure copied, a remote one listed', () => {
  const { dir, said, context } = setup()
  importFile(join(pages, 'ferry-page.html'), context)
  const markdown = read(join(context.out, 'ferry-crossing-gets-a-new-boat.md'))
  expect(frontMatterOf(markdown)).toMatchObject({
    title: 'Ferry crossing gets a new boat',
    date: '2025-05-02',
    lang: 'en-GB',
    author: 'Sam Okafor',
  })
  // The page's h1 section is a section and its h2 a subheading, though Readability made both h2.
  expect(markdown).toContain('\n## What changes for passengers\n')
  expect(markdown).toContain('\n### The old boat\n')
  const [image] = readdirSync(join(dir, 'images'))
  expect(image).toMatch(/^[0-9a-f]{8}-boat\.jpg$/)
  expect(markdown).toContain(
    `![The new ferry at the pontoon](../images/${image} "The new ferry moored at the east pontoon.")`,
  )
  expect(markdown).not.toContain('cdn.example')
  expect(markdown).toContain('Hundreds watched the last crossing.')
  expect(said).toContain(
    `${join(pages, 'ferry-page.html')}: left out remote image https://cdn.example/photos/crowd.jpg (the build serves site images only: save it into ${context.images} to use it)`,
  )
  // A relative link is followed from the page's own address.
  expect(markdown).toContain('[river festival](https://harbour.example/news/river-festival)')
  expect(markdown).not.toMatch(/Home|Copyright/)
})

test('a page that is not an article is refused, and nothing is written', () => {
  const { dir, context } = setup()
  expect(() => importFile(join(pages, 'index-page.html'), context)).toThrow(/not an article/)
  expect(readdirSync(dir)).toEqual([])
})

test('RSS: one article per item, with dates, authors and categories as tags', () => {
  const { said, context } = setup()
  importFile(join(pages, 'harbour-feed.xml'), context)
  const lighthouse = read(join(context.out, 'lighthouse-opens-to-visitors.md'))
  expect(frontMatterOf(lighthouse)).toEqual({
    title: 'Lighthouse opens to visitors',
    date: '2025-05-06',
    lang: 'en-GB',
    author: 'Priya Shah',
    tags: ['heritage', 'tourism'],
  })
  expect(lighthouse).toContain('\n## Tickets\n')
  expect(read(join(context.out, 'tide-tables-move-online.md'))).toContain(
    'stop printing tide tables',
  )
  expect(said.at(-1)).toMatch(/RSS, 2 items: 2 new, 0 updated, 0 unchanged/)
})

test('Atom and JSON Feed take the same path', () => {
  const { context } = setup()
  importFile(join(pages, 'harbour-feed.atom'), context)
  importFile(join(pages, 'harbour-feed.json'), context)
  expect(frontMatterOf(read(join(context.out, 'le-phare-ouvre-ses-portes.md')))).toMatchObject({
    lang: 'fr',
    author: 'Claire Martin',
    tags: ['patrimoine'],
    date: '2025-05-06',
  })
  expect(frontMatterOf(read(join(context.out, 'fish-market-moves-indoors.md')))).toMatchObject({
    author: 'Tom Reyes',
    tags: ['market'],
  })
})

test('re-importing a feed: unchanged items stay, changed ones update, hand edits are kept', () => {
  const { dir, said, context } = setup()
  const feed = join(dir, 'feed.xml')
  cpSync(join(pages, 'harbour-feed.xml'), feed)
  importFile(feed, context)
  importFile(feed, { ...context, writer: new ArticleWriter(false) })
  expect(said.at(-1)).toMatch(/2 items: 0 new, 0 updated, 2 unchanged/)
  expect(readdirSync(context.out).filter((name) => name.endsWith('.md'))).toHaveLength(2)

  writeFileSync(feed, read(feed).replace('must be booked in advance', 'can be booked on the day'))
  const tides = join(context.out, 'tide-tables-move-online.md')
  writeFileSync(tides, `${read(tides)}\nAn editor's note.\n`)
  writeFileSync(feed, read(feed).replace('stop printing tide tables', 'stop printing the tables'))
  importFile(feed, { ...context, writer: new ArticleWriter(false) })
  expect(read(join(context.out, 'lighthouse-opens-to-visitors.md'))).toContain('booked on the day')
  expect(read(tides)).toContain("An editor's note.")
  expect(said.at(-1)).toMatch(/0 new, 1 updated, 0 unchanged, 1 kept as edited by hand/)

  importFile(feed, { ...context, force: true, writer: new ArticleWriter(true) })
  expect(read(tides)).not.toContain("An editor's note.")
  expect(readdirSync(context.out).filter((name) => name.endsWith('.md'))).toHaveLength(2)
})

test('a feed item whose slug is taken by an article not from the feed is refused without force', () => {
  const { context } = setup()
  importFile(join(pages, 'harbour-feed.json'), context)
  const { context: other } = setup()
  const target = join(other.out, 'fish-market-moves-indoors.md')
  cpSync(join(context.out, 'fish-market-moves-indoors.md'), target)
  expect(() => importFile(join(pages, 'harbour-feed.json'), other)).toThrow(/already exists/)
})
