// @vitest-environment node
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, expect, test } from 'vitest'
import { ArticleSchema } from '../articles/article-schema.ts'
import { buildContentFolder } from './build-content-folder.ts'
import { buildOneArticle } from './build-one-article.ts'
import type { ContentFolders } from './content-folders.ts'

let root = ''
let folders: ContentFolders
const article = (title: string, date: string, body: string) =>
  `---\ntitle: ${JSON.stringify(title)}\ndate: ${date}\nsummary:\n  - ${title}\n---\n${body}\n`

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'lede-one-'))
  folders = {
    content: path.join(root, 'content'),
    out: path.join(root, 'out', 'data'),
    scratch: path.join(root, 'scratch'),
    cache: path.join(root, 'cache', 'articles'),
  }
  await mkdir(folders.content, { recursive: true })
  await writeFile(
    path.join(folders.content, 'otters.md'),
    article('Otters return', '2026-03-01', 'Otters were seen along the river.'),
  )
  await writeFile(
    path.join(folders.content, 'tram.md'),
    article('Tram approved', '2026-03-02', 'The council voted for the tram.'),
  )
  await buildContentFolder(folders, { quiet: true })
})
afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

const read = async (slug: string) =>
  ArticleSchema.parse(
    JSON.parse(await readFile(path.join(folders.out, 'articles', `${slug}.json`), 'utf8')),
  )

test('an edited article is written with its new text and what the collection gave it', async () => {
  const before = await read('otters')
  const file = path.join(folders.content, 'otters.md')
  await writeFile(file, article('Otters return', '2026-03-01', 'Otters and herons were seen.'))
  const built = await buildOneArticle(file, folders)
  expect(built?.slug).toBe('otters')
  const after = await read('otters')
  // What it gives the dev server to send to the page is the file it wrote.
  expect(built?.written).toBe(
    await readFile(path.join(folders.out, 'articles', 'otters.json'), 'utf8'),
  )
  expect(JSON.stringify(after.opening)).toContain('herons')
  expect(after.next).toEqual(before.next)
  expect(after.previous).toEqual(before.previous)
  expect(after.related).toEqual(before.related)
  // And the whole build that follows writes the same file.
  await buildContentFolder(folders, { quiet: true })
  expect(await read('otters')).toEqual(after)
})

test("an article built alone leaves the other articles' images in the output", async () => {
  const images = path.join(root, 'out', 'images')
  await mkdir(images, { recursive: true })
  await writeFile(path.join(images, 'heron-0123456789abcdef-800.png'), "another article's image")
  const file = path.join(folders.content, 'otters.md')
  await writeFile(file, article('Otters return', '2026-03-01', 'Otters and herons were seen.'))
  expect((await buildOneArticle(file, folders))?.slug).toBe('otters')
  expect(await readFile(path.join(images, 'heron-0123456789abcdef-800.png'), 'utf8')).toBe(
    "another article's image",
  )
})

test('an article with problems, or at a new address, waits for the whole build', async () => {
  const file = path.join(folders.content, 'otters.md')
  const before = await readFile(path.join(folders.out, 'articles', 'otters.json'), 'utf8')
  await writeFile(file, '---\ntitle: Otters\n---\nNo date.\n')
  expect(await buildOneArticle(file, folders)).toBeNull()
  expect(await readFile(path.join(folders.out, 'articles', 'otters.json'), 'utf8')).toBe(before)
  const moved = path.join(folders.content, 'herons.md')
  await writeFile(moved, article('Herons', '2026-03-03', 'Herons nest.'))
  expect(await buildOneArticle(moved, folders)).toBeNull()
})
