// @vitest-environment node
import {
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  stat,
  unlink,
  utimes,
  writeFile,
} from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { ArticleSchema } from '../articles/article-schema.ts'
import { buildContentFolder, type ContentBuildReport } from './build-content-folder.ts'
import type { ContentFolders } from './content-folders.ts'
import type * as MarkdownFiles from './markdown-files.ts'

// How often a build lists the content folder: a rebuild in place whose folders have kept
// their stamps does not (folder-stamps.ts).
const listings = vi.hoisted(() => ({ count: 0 }))
vi.mock('./markdown-files.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof MarkdownFiles>()
  return {
    ...actual,
    markdownFiles: (dir: string) => {
      listings.count += 1
      return actual.markdownFiles(dir)
    },
  }
})

// A small newsroom: 45 articles (three list pages), five topics, four authors, and words that
// repeat across articles, so related reading has something to relate.
const TOPICS = ['Transport', 'Housing', 'Schools', 'Rivers', 'Markets']
const AUTHORS = ['Ada Byrne', 'Kofi Mensah', 'Lena Sørensen', 'Ravi Iyer']
const WORDS = ['council', 'budget', 'tram', 'bridge', 'otters', 'rents', 'pupils', 'harbour']
const slugAt = (index: number) => `story-${String(index).padStart(2, '0')}`

function markdown(index: number, extra = '', title = `Story number ${index}`): string {
  const date = new Date(Date.UTC(2026, 5, 30) - index * 86_400_000).toISOString().slice(0, 10)
  const tags = [TOPICS[index % 5], TOPICS[(index * 3 + 1) % 5]]
  const words = (offset: number) =>
    Array.from({ length: 6 }, (_, at) => WORDS[(index * offset + at) % WORDS.length]).join(' ')
  return [
    '---',
    `title: "${title}"`,
    `date: ${date}`,
    `standfirst: "What happened in story ${index}."`,
    `author: "${AUTHORS[index % 4]}"`,
    `tags: [${[...new Set(tags)].join(', ')}]`,
    ...(index === 3 ? ['featured: true'] : []),
    '---',
    '',
    `The ${words(1)} story begins here with plain words.`,
    '',
    '## What came next',
    '',
    `Then ${words(3)} and more of the ${words(5)} followed.${extra}`,
    '',
  ].join('\n')
}

let root = ''
let folders: ContentFolders
const foldersIn = (name: string): ContentFolders => ({
  content: path.join(root, 'content'),
  out: path.join(root, name, 'data'),
  scratch: path.join(root, name, 'scratch'),
  cache: path.join(root, name, 'cache', 'articles'),
})

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'lede-in-place-'))
  folders = foldersIn('site')
  await mkdir(folders.content, { recursive: true })
  for (let index = 0; index < 45; index++) await save(index, markdown(index))
  expect((await build()).collection).toEqual({
    how: 'whole',
    why: 'there is no record of the last build',
  })
})
afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

const save = (index: number, text: string) =>
  writeFile(path.join(folders.content, `${slugAt(index)}.md`), text)
const build = (into = folders): Promise<ContentBuildReport> =>
  buildContentFolder(into, { quiet: true, threads: 1 })

// Every file of an output folder, by its path in it.
async function filesOf(out: string): Promise<Map<string, string>> {
  const names = await readdir(out, { recursive: true, withFileTypes: true })
  const files = new Map<string, string>()
  for (const entry of names.filter((name) => name.isFile()).map((name) => name)) {
    const file = path.join(entry.parentPath, entry.name)
    files.set(path.relative(out, file), await readFile(file, 'utf8'))
  }
  return files
}

// What a whole build of the same articles into a fresh folder, with a fresh cache, writes.
async function wholeBuild(): Promise<Map<string, string>> {
  const fresh = foldersIn(`fresh-${Date.now()}`)
  const report = await build(fresh)
  expect(report.collection.how).toBe('whole')
  return filesOf(fresh.out)
}

const article = async (index: number) =>
  ArticleSchema.parse(
    JSON.parse(await readFile(path.join(folders.out, 'articles', `${slugAt(index)}.json`), 'utf8')),
  )

test('an edit to the text is rebuilt in place, into the very files a whole build writes', async () => {
  const before = await filesOf(folders.out)
  await save(
    27,
    markdown(27, ' A heron was seen by the weir.').replace('story 27.', 'story 27, retold.'),
  )
  const report = await build()
  expect(report.collection).toEqual({ how: 'in place' })
  expect(report.built).toBe(1)
  expect(report.related?.how).toBe('updated')
  const after = await filesOf(folders.out)
  expect(after).toEqual(await wholeBuild())
  // The edit is there: in the article's file and in the list page, topic and author pages
  // that carry it (story 27 is the eighth on the second list page).
  expect(after.get(`articles/${slugAt(27)}.json`)).toContain('A heron was seen by the weir.')
  const changed = [...after]
    .filter(([name, text]) => before.get(name) !== text)
    .map(([name]) => name)
  expect(changed).toEqual(
    expect.arrayContaining([
      `articles/${slugAt(27)}.json`,
      'list/2.json',
      'authors/ravi-iyer/1.json',
    ]),
  )
  expect(after.get('list/2.json')).toContain('story 27, retold.')
})

test("an edit that changes other articles' related reading rewrites their files too", async () => {
  const rare = ' Quokka marimba zephyr quokka marimba zephyr quokka marimba zephyr.'
  await save(40, markdown(40, rare))
  await build()
  // Story 12 now shares the rare words with story 40 alone.
  expect((await article(12)).related?.map((ref) => ref.slug)).not.toContain(slugAt(40))
  expect((await article(40)).related?.map((ref) => ref.slug)).not.toContain(slugAt(12))
  await save(12, markdown(12, rare))
  const report = await build()
  expect(report.collection).toEqual({ how: 'in place' })
  expect((await article(40)).related?.map((ref) => ref.slug)).toContain(slugAt(12))
  expect(await filesOf(folders.out)).toEqual(await wholeBuild())
})

test('edits one after another, and one undone, leave the files a whole build writes', async () => {
  const relatedOf = async () => {
    const lists = new Map<number, string>()
    for (let index = 0; index < 45; index++) {
      lists.set(index, JSON.stringify((await article(index)).related))
    }
    return lists
  }
  const before = await relatedOf()
  // Words most articles have already: their weights stay, and related reading is updated.
  await save(7, markdown(7, ' Otters otters otters, harbour harbour harbour.'))
  const edited = await build()
  expect(edited).toMatchObject({ collection: { how: 'in place' }, related: { how: 'updated' } })
  const after = await relatedOf()
  const moved = [...after].filter(([index, list]) => index !== 7 && before.get(index) !== list)
  expect(moved.length).toBeGreaterThan(0)
  // Undone: the articles' related reading is what it was before, though related reading's
  // memory never held the edit.
  await save(7, markdown(7))
  expect((await build()).collection.how).toBe('in place')
  expect(await relatedOf()).toEqual(before)
  expect(await filesOf(folders.out)).toEqual(await wholeBuild())
  const rare = ' Quokka marimba zephyr quokka marimba zephyr.'
  // More edits than related reading's memory is let fall behind by.
  for (let index = 0; index < 20; index++) {
    await save(index * 2, markdown(index * 2, ` Edit number ${index} of ${rare}`))
    expect((await build()).collection.how).toBe('in place')
  }
  expect(await filesOf(folders.out)).toEqual(await wholeBuild())
}, 60_000)

test('a run with nothing changed writes nothing', async () => {
  const name = path.join(folders.out, 'articles', `${slugAt(5)}.json`)
  const was = (await stat(name)).mtimeMs
  // Saved with the same text: a new stamp, the same key.
  await save(5, markdown(5))
  const report = await build()
  expect(report).toMatchObject({ built: 0, collection: { how: 'in place' } })
  expect((await stat(name)).mtimeMs).toBe(was)
})

test('edits that change the collection build it whole, and say why', async () => {
  await save(8, markdown(8, '', 'A new title for story eight'))
  expect((await build()).collection).toEqual({
    how: 'whole',
    why: `${path.relative(process.cwd(), path.join(folders.content, `${slugAt(8)}.md`))} changed more than its text`,
  })
  expect(await filesOf(folders.out)).toEqual(await wholeBuild())

  await unlink(path.join(folders.content, `${slugAt(44)}.md`))
  expect((await build()).collection).toEqual({
    how: 'whole',
    why: 'articles were added or removed',
  })
  expect(await filesOf(folders.out)).toEqual(await wholeBuild())

  // And after a whole build, the next edit is in place again.
  await save(9, markdown(9, ' One more line.'))
  expect((await build()).collection).toEqual({ how: 'in place' })
  expect(await filesOf(folders.out)).toEqual(await wholeBuild())
})

test('an edit with problems is left to the whole build, which reports them', async () => {
  await save(20, markdown(20).replace(/^date: .*$/m, 'date: someday'))
  await expect(build()).rejects.toThrow(/date/)
  // The output is as it was, and the record of it stays good: mended, the edit goes in place.
  await save(20, markdown(20, ' Mended.'))
  expect((await build()).collection).toEqual({ how: 'in place' })
  expect(await filesOf(folders.out)).toEqual(await wholeBuild())
})

test('a rebuild stopped while it changed the output leaves the next build to build whole', async () => {
  const keys = await readdir(path.join(root, 'site', 'cache', 'lede-content-outputs'))
  const manifest = keys.find((name) => name.endsWith('.json') && !name.includes('record'))
  expect(manifest).toBeDefined()
  // As a rebuild in place leaves it when stopped midway: the keys put aside.
  const file = path.join(root, 'site', 'cache', 'lede-content-outputs', manifest as string)
  await writeFile(`${file}.aside`, await readFile(file))
  await unlink(file)
  await save(30, markdown(30, ' After the stop.'))
  expect((await build()).collection).toEqual({
    how: 'whole',
    why: 'the output has no keys to add to',
  })
  expect(await filesOf(folders.out)).toEqual(await wholeBuild())
  expect((await build()).collection).toEqual({ how: 'in place' })
})

test('an output folder removed since the last build is made again whole, though nothing changed', async () => {
  const before = await filesOf(folders.out)
  await rm(folders.out, { recursive: true })
  expect((await build()).collection).toEqual({ how: 'whole', why: 'the output folder is gone' })
  expect(await filesOf(folders.out)).toEqual(before)
})

test('a record made by other code is not used', async () => {
  const folder = path.join(root, 'site', 'cache', 'lede-content-outputs')
  const name = (await readdir(folder)).find((file) => file.endsWith('.record.json'))
  const file = path.join(folder, name as string)
  // Its first line says what it is and what it was made from.
  const [line = '', ...columns] = (await readFile(file, 'utf8')).split('\n')
  const record = JSON.parse(line) as { head: { basis: string } }
  record.head.basis = JSON.stringify(['code of another version'])
  await writeFile(file, [JSON.stringify(record), ...columns].join('\n'))
  await save(15, markdown(15, ' A line more.'))
  expect((await build()).collection).toEqual({
    how: 'whole',
    why: "the last build's record is of other code or other folders",
  })
  expect(await filesOf(folders.out)).toEqual(await wholeBuild())

  // A record cut short, as a disk that filled up leaves it, is no record either.
  const whole = await readFile(file, 'utf8')
  await writeFile(file, whole.slice(0, whole.length - 40))
  await save(16, markdown(16, ' Another line.'))
  expect((await build()).collection).toEqual({
    how: 'whole',
    why: "the last build's record is of other code or other folders",
  })
  expect(await filesOf(folders.out)).toEqual(await wholeBuild())
})

test('a settled content folder is not listed again, and a file added to any of its folders is found', async () => {
  // Listed by the last build just after its files were written, so not trusted yet.
  await save(10, markdown(10, ' First edit.'))
  let before = listings.count
  expect((await build()).collection).toEqual({ how: 'in place' })
  expect(listings.count).toBe(before + 1)

  const desk = path.join(folders.content, 'desk')
  await mkdir(desk)
  await writeFile(path.join(desk, 'desk-story.md'), markdown(50, ' From the desk.'))
  const hourAgo = new Date(Date.now() - 3_600_000)
  for (const folder of [folders.content, desk]) await utimes(folder, hourAgo, hourAgo)
  expect((await build()).collection).toEqual({
    how: 'whole',
    why: 'articles were added or removed',
  })
  // Its folders settled before it was listed: an edit is found by its file's stamp alone.
  await save(10, markdown(10, ' Second edit.'))
  before = listings.count
  expect((await build()).collection).toEqual({ how: 'in place' })
  expect(listings.count).toBe(before)
  expect(await filesOf(folders.out)).toEqual(await wholeBuild())

  // A file added in the folder within changes that folder's stamp, and the build lists again.
  await writeFile(path.join(desk, 'another.md'), markdown(51, ' Also from the desk.'))
  const report = await build()
  expect(report.collection).toEqual({ how: 'whole', why: 'articles were added or removed' })
  expect(report.articles).toBe(47)
  expect(await filesOf(folders.out)).toEqual(await wholeBuild())
})
