import type { Article } from '../articles/article-schema.ts'
import {
  articleFileName,
  headOf,
  joinArticle,
  type ArticleBody,
  type BuiltHead,
  type DraftHead,
} from './article-parts.ts'
import {
  articleSteps,
  buildArticle,
  slugFromFile,
  type ArticleSteps,
  type SourceFile,
  type Summariser,
} from './build-article.ts'
import {
  buildCollection,
  siteSteps,
  type Collection,
  type FailedFile,
  type SiteSteps,
} from './build-collection.ts'
import { checkedTextOf } from './checked-text.ts'
import type { ContentProblem } from './content-problem.ts'
import type { ImageOutcome } from './image-outcome.ts'
import type { SiteTerms } from './site-draft.ts'

export type SiteOptions = {
  summarise: Summariser
  articleSteps?: ArticleSteps
  siteSteps?: SiteSteps
  // The image step's results (image-files.ts), for articles with images.
  images?: Map<string, ImageOutcome>
}

// The site with every article whole, and each article's file among the files.
export type BuiltSite =
  | (Omit<Collection, 'articles' | 'files'> & { articles: Article[]; files: Map<string, string> })
  | { problems: ContentProblem[] }

export type HeadResult = { file: string; built: BuiltHead }

// The whole content build, without I/O, with the articles held in memory: every article
// through the article steps, then the collection through the site steps, then each article's
// file from its head and its body. The tests build through here; the command line and the dev
// watcher (build-content-folder.ts) build the articles from a cache and on every core, hand
// their heads to `buildSiteFromHeads`, and read each body back only to write its file.
export function buildSite(sources: SourceFile[], options: SiteOptions): BuiltSite {
  const steps = options.articleSteps ?? articleSteps(options.summarise)
  const bodies = new Map<string, ArticleBody>()
  const results = sources.map((source) => {
    const { built, body } = headOf(buildArticle(source, options.summarise, steps))
    if ('head' in built && body) bodies.set(built.head.slug, body)
    return { file: source.file, built }
  })
  const collection = buildSiteFromHeads(results, options.siteSteps, options.images)
  if ('problems' in collection) return collection
  // Every file checked, as the folder build checks each that it writes.
  const files = new Map<string, string>()
  for (const [relative, file] of collection.files) files.set(relative, checkedTextOf(file))
  const articles = collection.articles.map((head) => {
    const body = bodies.get(head.slug)
    if (!body) throw new Error(`no body was built for ${head.slug}`)
    const article = joinArticle(head, body, options.images)
    files.set(articleFileName(article.slug), JSON.stringify(article))
    return article
  })
  return { ...collection, articles, files }
}

// The collection from the articles' heads. Collection problems (duplicate slugs, links to
// nowhere) are reported in the same run as those of single files, after them, so one build
// shows every problem.
export function buildSiteFromHeads(
  results: HeadResult[],
  steps: SiteSteps = siteSteps,
  images?: Map<string, ImageOutcome>,
  terms?: SiteTerms,
): Collection | { problems: ContentProblem[] } {
  const problems: ContentProblem[] = []
  const drafts: DraftHead[] = []
  const failed: FailedFile[] = []
  for (const { file, built } of results) {
    if ('problems' in built) {
      problems.push(...built.problems)
      failed.push({ file, slug: slugFromFile(file), articleLinks: built.articleLinks })
    } else {
      drafts.push(built.head)
    }
  }
  const collection = buildCollection(drafts, failed, steps, images, terms)
  if ('problems' in collection) problems.push(...collection.problems)
  if (problems.length || 'problems' in collection) return { problems }
  return collection
}
