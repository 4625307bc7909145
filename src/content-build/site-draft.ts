import type { Article } from '../articles/article-schema.ts'
import type { Picture } from '../articles/picture-schema.ts'
import type { ArticleListPage, CollectionKind } from '../articles/list-schemas.ts'
import type { DraftArticle } from './article-draft.ts'
import type { ContentProblem } from './content-problem.ts'
import type { ArticleLink } from './markdown-to-blocks.ts'

// Files that failed to build are passed as `failed`, so their slugs still count: a link to
// one is not reported as a link to nowhere, and a duplicate of one is still found in the
// same run.
export type FailedFile = { file: string; slug: string; articleLinks?: ArticleLink[] }

// A topic's or an author's articles, newest first (collection-pages.ts groups them).
export type Group = { kind: CollectionKind; slug: string; name: string; articles: Article[] }

// What the image step made of a source image: its files, or what is wrong with it.
export type ImageOutcome = { picture: Omit<Picture, 'alt'> } | { problem: string }

// The whole collection while the site steps (site-steps/) work on it.
export type SiteDraft = {
  drafts: DraftArticle[]
  failed: FailedFile[]
  // Every source image the articles refer to, by its path, made into files once per site.
  images: Map<string, ImageOutcome>
  articles: Article[]
  listPages: ArticleListPage[]
  // Every topic and author with its articles, once the collection pages are made from them.
  groups: Group[]
  // What the reader is told but that does not fail the build.
  warnings: ContentProblem[]
  // The data files to write, by path under the output folder (articles/<slug>.json, ...).
  files: Map<string, string>
}

export function startSite(
  drafts: DraftArticle[],
  failed: FailedFile[] = [],
  images: Map<string, ImageOutcome> = new Map(),
): SiteDraft {
  return {
    drafts,
    failed,
    images,
    articles: [],
    listPages: [],
    groups: [],
    warnings: [],
    files: new Map(),
  }
}

// Every file of the run, built or not, in a stable order.
export function everyFile(site: SiteDraft): (DraftArticle | FailedFile)[] {
  return [...site.drafts, ...site.failed].sort((a, b) => (a.file < b.file ? -1 : 1))
}
