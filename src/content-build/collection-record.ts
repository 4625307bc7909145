import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { ArticleListPage } from '../articles/list-schemas.ts'
import { nameSlug } from '../lib/name-slug.ts'
import { TOPIC_FILL } from './add-related.ts'
import type { ArticleHead } from './article-parts.ts'
import { collectionFile } from './collection-pages.ts'
import type { ContentProblem } from './content-problem.ts'
import type { FolderStamps } from './folder-stamps.ts'
import type { ImageOutcome } from './image-outcome.ts'
import type { Group } from './site-draft.ts'
import { LIST_PAGE_SIZE } from './site-steps/paginate-list.ts'
import {
  columnOf,
  columnsFile,
  columnsHead,
  columnsOf,
  numbersEntry,
  type TextColumn,
} from './text-column.ts'

// What the last whole build (or rebuild in place) left out, as a rebuild in place needs it to
// change only what one edit changes (rebuild-in-place.ts): the articles in reading order, each
// with its source's stamp, its cache key and its shape (article-shape.ts), the data files that
// list it, and its topics; the first articles of each topic (what related reading may fill in
// from); the image sources and what was made of them; and the warnings the build gave.
export type CollectionRecord = {
  // The code, the folders and the cache it was made with: a record of other code is not used.
  basis: string
  // The content folder's folders when its files were last listed: while they hold, so do the
  // files (folder-stamps.ts).
  listing: FolderStamps
  // A column an article (text-column.ts): a rebuild in place reads few of each.
  files: TextColumn
  stamps: TextColumn
  keys: TextColumn
  shapes: TextColumn
  // For each article, the list, topic and author pages that carry it, as places in pageNames
  // (numbersAt).
  pages: TextColumn
  pageNames: string[]
  // For each article, each of its tags as a topic's place (numbersAt); for each topic, its
  // first articles.
  topics: TextColumn
  topicFirsts: number[][]
  images: string[]
  imagesKey: string
  warnings: ContentProblem[]
  // The articles whose related reading in the output differs from related reading's memory,
  // which a rebuild in place writes again only now and then (rebuild-in-place.ts).
  relatedBehind: number[]
}

// The articles as the collection left them, with what the build knows of each one's source.
export type RecordInput = {
  basis: string
  listing: FolderStamps
  articles: readonly ArticleHead[]
  groups: readonly Group[]
  listPages: readonly ArticleListPage[]
  sourceOf: (slug: string) => { file: string; stamp: string; key: string; shape: string }
  images: ReadonlyMap<string, ImageOutcome>
  warnings: ContentProblem[]
}

export function recordOf(input: RecordInput): CollectionRecord {
  const { articles } = input
  const at = new Map(articles.map((article, index) => [article.slug, index]))
  const pageNames: string[] = []
  const pages: number[][] = articles.map(() => [])
  const carry = (name: string, slugs: Iterable<string>) => {
    const id = pageNames.push(name) - 1
    for (const slug of slugs) {
      const list = pages[at.get(slug) ?? -1]
      if (list && list.at(-1) !== id) list.push(id)
    }
  }
  for (const page of input.listPages) {
    const shown = page.articles.map((item) => item.slug)
    const front = page.front
    if (front) {
      shown.push(front.lead.slug, ...front.tier.map((item) => item.slug))
      for (const section of front.sections) shown.push(...section.articles.map((item) => item.slug))
    }
    carry(`list/${page.page}.json`, new Set(shown))
  }
  for (const group of input.groups) {
    for (let start = 0; start < group.articles.length; start += LIST_PAGE_SIZE) {
      const slugs = group.articles.slice(start, start + LIST_PAGE_SIZE).map((head) => head.slug)
      carry(collectionFile({ ...group, page: start / LIST_PAGE_SIZE + 1 }), slugs)
    }
  }
  // Topics as related reading groups them (add-related.ts): by the slug of each tag.
  const topicIds = new Map<string, number>()
  const topicFirsts: number[][] = []
  const topics = articles.map((article, index) => {
    const ids = article.tags.map((tag) => {
      const slug = nameSlug(tag)
      let id = topicIds.get(slug)
      if (id === undefined) {
        id = topicFirsts.push([]) - 1
        topicIds.set(slug, id)
      }
      return id
    })
    for (const id of new Set(ids)) {
      const firsts = topicFirsts[id]!
      if (firsts.length < TOPIC_FILL) firsts.push(index)
    }
    return ids
  })
  const sources = articles.map((article) => input.sourceOf(article.slug))
  return {
    basis: input.basis,
    listing: input.listing,
    files: columnOf(sources.map((source) => source.file)),
    stamps: columnOf(sources.map((source) => source.stamp)),
    keys: columnOf(sources.map((source) => source.key)),
    shapes: columnOf(sources.map((source) => source.shape)),
    pages: columnOf(pages.map(numbersEntry)),
    pageNames,
    topics: columnOf(topics.map(numbersEntry)),
    topicFirsts,
    images: [...input.images.keys()].sort(),
    imagesKey: imagesKeyOf(input.images),
    warnings: input.warnings,
    relatedBehind: [],
  }
}

// What the image step made, as one key: the same sources made into the same files.
export function imagesKeyOf(images: ReadonlyMap<string, ImageOutcome>): string {
  const entries = [...images].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return createHash('sha256').update(JSON.stringify(entries)).digest('base64')
}

// Beside the output's keys (write-output.ts), named by the output folder as they are.
export const recordFile = (outputKeys: string): string =>
  outputKeys.replace(/\.json$/, '.record.json')

const FORMAT = 'lede-collection-record-3'

type Columns = 'files' | 'stamps' | 'keys' | 'shapes' | 'pages' | 'topics'
type SixColumns = [TextColumn, TextColumn, TextColumn, TextColumn, TextColumn, TextColumn]
// On disk: a line of JSON, the record but its columns, with how many articles it has and each
// column's length; then each column's text as it is, a line each. JSON would spell each of
// their 500,000 separators as six characters, and take a tenth of a second to.
type StoredHead = Omit<CollectionRecord, Columns> & { count: number; lengths: number[] }

// The record, or null when there is none to trust. It is the build's own file of this machine,
// read only by the code that wrote it (its basis names that code), so only its outline is
// checked: a record cut short or of another shape is no record.
export function readRecord(file: string, basis: string): CollectionRecord | null {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    return null
  }
  const stored = columnsHead(text)
  if (typeof stored !== 'object' || stored === null) return null
  const { format, head } = stored as { format?: unknown; head?: StoredHead }
  if (format !== FORMAT || !head || head.basis !== basis) return null
  const { count, lengths, ...rest } = head
  if (
    !Number.isInteger(count) ||
    !Array.isArray(rest.listing?.folders) ||
    !Array.isArray(lengths) ||
    lengths.length !== 6
  ) {
    return null
  }
  // Cut short, or longer than it says: no record.
  const columns = columnsOf(text, lengths, count)
  if (!columns) return null
  const [files, stamps, keys, shapes, pages, topics] = columns as SixColumns
  return { ...rest, files, stamps, keys, shapes, pages, topics }
}

export function writeRecord(file: string, record: CollectionRecord): void {
  mkdirSync(path.dirname(file), { recursive: true })
  const { files, stamps, keys, shapes, pages, topics, ...rest } = record
  const columns = [files, stamps, keys, shapes, pages, topics]
  const lengths = columns.map((column) => column.text.length)
  const head: StoredHead = { ...rest, count: files.length, lengths }
  const scratch = `${file}.${process.pid}.tmp`
  writeFileSync(scratch, columnsFile({ format: FORMAT, head }, columns))
  renameSync(scratch, file)
}

// Before a build changes anything the record describes, so a build stopped midway leaves none.
export function dropRecord(file: string): void {
  rmSync(file, { force: true })
}
