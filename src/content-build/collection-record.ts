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
  files: string[]
  stamps: string[]
  keys: string[]
  shapes: string[]
  // For each article, the list, topic and author pages that carry it, as places in pageNames.
  pages: number[][]
  pageNames: string[]
  // For each article, each of its tags as a topic's place; for each topic, its first articles.
  topics: number[][]
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
    files: sources.map((source) => source.file),
    stamps: sources.map((source) => source.stamp),
    keys: sources.map((source) => source.key),
    shapes: sources.map((source) => source.shape),
    pages,
    pageNames,
    topics,
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

const FORMAT = 'lede-collection-record-2'

// The record, or null when there is none to trust. It is the build's own file of this machine,
// read only by the code that wrote it (its basis names that code), so only its outline is
// checked: a record cut short or of another shape is no record.
export function readRecord(file: string, basis: string): CollectionRecord | null {
  let record: unknown
  try {
    record = JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    return null
  }
  if (typeof record !== 'object' || record === null) return null
  const { format, body } = record as { format?: unknown; body?: CollectionRecord }
  if (format !== FORMAT || !body || body.basis !== basis) return null
  const count = body.files?.length
  const lists = [body.stamps, body.keys, body.shapes, body.pages, body.topics]
  if (
    !Array.isArray(body.listing?.folders) ||
    !Array.isArray(body.files) ||
    lists.some((list) => !Array.isArray(list) || list.length !== count)
  ) {
    return null
  }
  return body
}

export function writeRecord(file: string, record: CollectionRecord): void {
  mkdirSync(path.dirname(file), { recursive: true })
  const scratch = `${file}.${process.pid}.tmp`
  writeFileSync(scratch, JSON.stringify({ format: FORMAT, body: record }))
  renameSync(scratch, file)
}

// Before a build changes anything the record describes, so a build stopped midway leaves none.
export function dropRecord(file: string): void {
  rmSync(file, { force: true })
}
