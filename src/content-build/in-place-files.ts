import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Article, ArticleRef } from '../articles/article-schema.ts'
import {
  ArticleListPageSchema,
  CollectionPageSchema,
  FrontPageSchema,
  type ArticleListItem,
  type FrontPage,
} from '../articles/list-schemas.ts'
import { refOf, relatedIndices, withRelatedHead } from './add-related.ts'
import type { ArticleCache } from './article-cache.ts'
import { articleOutput } from './article-output.ts'
import { articleFileName, type ArticleHead, type DraftHead } from './article-parts.ts'
import { checkedText } from './checked-text.ts'
import type { CollectionRecord } from './collection-record.ts'
import { numbersAt } from './text-column.ts'
import type { ContentFolders } from './content-folders.ts'
import type { ImageOutcome } from './image-outcome.ts'
import { listItem, pageText } from './list-item.ts'
import { withLeadImage } from './site-steps/attach-images.ts'
import { articleHeadOf } from './site-steps/link-neighbours.ts'
import type { OutputFile } from './write-output.ts'

// What a rebuild in place makes its files from: the last build's record, the cache, the output
// as the last build left it, and the code hash an article file's key carries.
export type InPlaceSources = {
  record: CollectionRecord
  cache: ArticleCache
  folders: ContentFolders
  fileCode: string
}

// The files the edits change: each edited article's, each whose related reading changed, and
// the pages that carry an edited article.
export function filesOf(
  run: InPlaceSources,
  keys: readonly string[],
  edited: ReadonlyMap<number, { draft: DraftHead }>,
  relatedChanged: readonly number[],
  lists: readonly (readonly number[])[],
  images: ReadonlyMap<string, ImageOutcome>,
): Map<string, OutputFile> | string {
  const { record, cache, folders } = run
  const drafts = new Map<number, DraftHead | undefined>()
  const draftAt = (index: number): DraftHead | undefined => {
    if (!drafts.has(index)) {
      const cached = edited.has(index) ? undefined : cache.get(keys[index]!)
      const fromCache = cached && 'head' in cached ? cached.head : undefined
      drafts.set(index, edited.get(index)?.draft ?? fromCache)
    }
    return drafts.get(index)
  }
  const refAt = (index: number): ArticleRef | undefined => {
    const draft = draftAt(index)
    return draft && refOf(draft)
  }
  const output = new Map<string, OutputFile>()
  const heads = new Map<string, ArticleHead>()
  for (const index of new Set([...edited.keys(), ...relatedChanged])) {
    const draft = draftAt(index)
    if (!draft) return "an article's cached build is gone"
    const name = articleFileName(draft.slug)
    const last = readJson<Article>(path.join(folders.out, name))
    if (!last) return `${name} is not in the output as the last build left it`
    const chosen = relatedIndices(
      index,
      lists[index] ?? [],
      numbersAt(record.topics, index).map((topic) => record.topicFirsts[topic] ?? []),
    )
    const related: ArticleRef[] = []
    for (const other of chosen) {
      if (other >= keys.length) continue
      const ref = refAt(other)
      if (!ref) return "an article's cached build is gone"
      related.push(ref)
    }
    const head = withRelatedHead(
      articleHeadOf(withLeadImage(draft, images), last.previous, last.next),
      related,
      last.moreByAuthor ?? [],
    )
    heads.set(head.slug, head)
    output.set(
      name,
      articleOutput(
        { key: keys[index]!, imageRefs: draft.imageRefs },
        head,
        run.fileCode,
        cache,
        images,
      ),
    )
  }
  const shown = new Map<string, ArticleHead>()
  const pageIds = new Set<number>()
  for (const index of edited.keys()) {
    const draft = draftAt(index)!
    shown.set(draft.slug, heads.get(draft.slug)!)
    for (const id of numbersAt(record.pages, index)) pageIds.add(id)
  }
  for (const id of pageIds) {
    const name = record.pageNames[id]
    const page =
      name &&
      readJson<{ articles: ArticleListItem[]; front?: FrontPage }>(path.join(folders.out, name))
    if (!page) return `${name} is not in the output as the last build left it`
    const item = (it: ArticleListItem) => {
      const head = shown.get(it.slug)
      return head ? listItem(head) : it
    }
    const changedPage = { ...page, articles: page.articles.map(item) }
    if (page.front) {
      const { lead, tier, sections } = page.front
      const front = {
        lead: item(lead),
        tier: tier.map(item),
        sections: sections.map((section) => ({ ...section, articles: section.articles.map(item) })),
      }
      changedPage.front = FrontPageSchema.parse(front)
    }
    const schema = name.startsWith('list/') ? ArticleListPageSchema : CollectionPageSchema
    output.set(
      name,
      checkedText(changedPage, (it) => schema.parse(it), pageText(changedPage)),
    )
  }
  return output
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T
  } catch {
    return null
  }
}
