import type { ArticleListPage, CollectionKind } from '../articles/list-schemas.ts'
import type { ArticleHead, DraftHead } from './article-parts.ts'
import type { SiteFile } from './checked-text.ts'
import type { ContentProblem } from './content-problem.ts'
import type { ImageOutcome } from './image-outcome.ts'
import { createTermTable, internTerms, type TermIds, type TermTable } from './term-table.ts'
import type { ArticleLink } from './markdown-to-blocks.ts'
import type { RelatedMemory } from './related-memory.ts'
import type { RelatedRun } from './relate-collection.ts'

export type { ImageOutcome } from './image-outcome.ts'

// Files that failed to build are passed as `failed`, so their slugs still count: a link to
// one is not reported as a link to nowhere, and a duplicate of one is still found in the
// same run.
export type FailedFile = { file: string; slug: string; articleLinks?: ArticleLink[] }

// A topic's or an author's articles, newest first (collection-pages.ts groups them).
export type Group = { kind: CollectionKind; slug: string; name: string; articles: ArticleHead[] }

// The whole collection while the site steps (site-steps/) work on it: the heads of the articles
// (article-parts.ts), never their text, so it fits in memory however many articles there are.
export type SiteDraft = {
  drafts: DraftHead[]
  failed: FailedFile[]
  // Every source image the articles refer to, by its path, made into files once per site.
  images: Map<string, ImageOutcome>
  articles: ArticleHead[]
  listPages: ArticleListPage[]
  // Every topic and author with its articles, once the collection pages are made from them.
  groups: Group[]
  // What the reader is told but that does not fail the build.
  warnings: ContentProblem[]
  // Each draft's counted terms as numbers, for related reading.
  terms: SiteTerms
  // What related reading worked out, for the next run to start from (relate-collection.ts), and
  // how: from the last run's or whole (null before it runs).
  relatedMemory: RelatedMemory | null
  relatedHow: RelatedRun | null
  // The data files to write, by path under the output folder (list/<n>.json, topics.json...),
  // each a text or a text checked when it is written (checked-text.ts); each article's own file
  // is written from its head and its body once the steps are done.
  files: Map<string, SiteFile>
}

// Related reading's words (term-table.ts): by default each draft's own, numbered as they are
// asked for; a folder build keeps its drafts without them and numbers them once across runs
// (term-store.ts), and gives what the last run's related reading worked out (`recall`).
export type SiteTerms = {
  table: TermTable
  termsOf: (draft: DraftHead) => TermIds
  recall?: DraftRecall
}

// As relate-collection.ts's RelatedRecall, with each article's key found from its draft.
export type DraftRecall = {
  basis: string
  keyOf: (draft: DraftHead) => string
  storedWords: (key: string) => TermIds | undefined
  previous: RelatedMemory | null
}

export function draftTerms(): SiteTerms {
  const table = createTermTable()
  return { table, termsOf: (draft) => internTerms(table, draft.terms) }
}

export function startSite(
  drafts: DraftHead[],
  failed: FailedFile[] = [],
  images: Map<string, ImageOutcome> = new Map(),
  terms: SiteTerms = draftTerms(),
): SiteDraft {
  return {
    drafts,
    failed,
    images,
    terms,
    relatedMemory: null,
    relatedHow: null,
    articles: [],
    listPages: [],
    groups: [],
    warnings: [],
    files: new Map(),
  }
}

// Every file of the run, built or not, in a stable order.
export function everyFile(site: SiteDraft): (DraftHead | FailedFile)[] {
  return [...site.drafts, ...site.failed].sort((a, b) => (a.file < b.file ? -1 : 1))
}
