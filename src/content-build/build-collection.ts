import type { ArticleListPage } from '../articles/list-schemas.ts'
import type { ArticleHead, DraftHead } from './article-parts.ts'
import type { SiteFile } from './checked-text.ts'
import type { ContentProblem } from './content-problem.ts'
import type { RelatedMemory } from './related-memory.ts'
import type { RelatedRun } from './relate-collection.ts'
import { runSteps, type Step } from './run-steps.ts'
import {
  startSite,
  type FailedFile,
  type Group,
  type ImageOutcome,
  type SiteDraft,
  type SiteTerms,
} from './site-draft.ts'
import { attachImages } from './site-steps/attach-images.ts'
import { checkArticleLinks } from './site-steps/check-article-links.ts'
import { checkSlugs } from './site-steps/check-slugs.ts'
import { composeFrontPage } from './site-steps/compose-front-page.ts'
import { linkNeighbours } from './site-steps/link-neighbours.ts'
import { orderArticles } from './site-steps/order-articles.ts'
import { paginateList } from './site-steps/paginate-list.ts'
import { relateArticles } from './site-steps/relate-articles.ts'
import { writeCollectionPages } from './site-steps/write-collection-pages.ts'
import { writeDataFiles } from './site-steps/write-data-files.ts'

export type { FailedFile } from './site-draft.ts'
export { compareArticles } from './site-steps/order-articles.ts'
export { LIST_PAGE_SIZE } from './site-steps/paginate-list.ts'

export type SiteSteps = { checking: Step<SiteDraft>[]; assembling: Step<SiteDraft>[] }

// The collection pipeline, in order. The checks see every file, built or failed, and report
// together; assembling runs only on a collection without problems. Neighbours are linked after
// the articles are ordered, and the list and the data files are made from linked articles.
export const siteSteps: SiteSteps = {
  checking: [checkSlugs, checkArticleLinks, attachImages],
  // Related reading needs the whole ordered collection; topic and author pages follow its order.
  // The front page takes its sections from the topics, and joins the first list page before
  // the list's files are written.
  assembling: [
    orderArticles,
    linkNeighbours,
    relateArticles,
    paginateList,
    writeCollectionPages,
    composeFrontPage,
    writeDataFiles,
  ],
}

// The collection as the steps leave it: every article's head, in reading order, and the files
// of the list, the topics and the authors. The articles' own files are still to be written.
export type Collection = {
  articles: ArticleHead[]
  listPages: ArticleListPage[]
  warnings: ContentProblem[]
  files: Map<string, SiteFile>
  // Every topic and author with its articles, in reading order.
  groups: Group[]
  relatedMemory: RelatedMemory | null
  relatedHow: RelatedRun | null
}

export function buildCollection(
  drafts: DraftHead[],
  failed: FailedFile[] = [],
  steps: SiteSteps = siteSteps,
  images?: Map<string, ImageOutcome>,
  terms?: SiteTerms,
): Collection | { problems: ContentProblem[] } {
  const checked = runSteps(steps.checking, startSite(drafts, failed, images, terms))
  if (checked.problems.length) return { problems: checked.problems }
  const assembled = runSteps(steps.assembling, checked.draft)
  if (assembled.problems.length) return { problems: assembled.problems }
  const { articles, listPages, warnings, files, groups, relatedMemory, relatedHow } =
    assembled.draft
  return { articles, listPages, warnings, files, groups, relatedMemory, relatedHow }
}
