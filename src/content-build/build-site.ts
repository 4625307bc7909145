import {
  articleSteps,
  buildArticle,
  slugFromFile,
  type ArticleSteps,
  type BuiltArticle,
  type DraftArticle,
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
import type { ContentProblem } from './content-problem.ts'
import type { ImageOutcome } from './site-draft.ts'

export type SiteOptions = {
  summarise: Summariser
  articleSteps?: ArticleSteps
  siteSteps?: SiteSteps
  // The image step's results (image-files.ts), for articles with images.
  images?: Map<string, ImageOutcome>
}

export type BuiltSite = Collection | { problems: ContentProblem[] }

// An article file and what the article steps made of it.
export type ArticleResult = { file: string; built: BuiltArticle }

// The whole content build, without I/O: every article through the article steps, then the
// collection through the site steps. The tests build through here; the command line and the
// dev watcher (build-content-folder.ts) build the articles themselves, from a cache and on
// every core, and hand the results to `buildSiteFromArticles`.
export function buildSite(sources: SourceFile[], options: SiteOptions): BuiltSite {
  const steps = options.articleSteps ?? articleSteps(options.summarise)
  const results = sources.map((source) => ({
    file: source.file,
    built: buildArticle(source, options.summarise, steps),
  }))
  return buildSiteFromArticles(results, options.siteSteps, options.images)
}

// The collection from built articles. Collection problems (duplicate slugs, links to nowhere)
// are reported in the same run as those of single files, after them, so one build shows
// every problem.
export function buildSiteFromArticles(
  results: ArticleResult[],
  steps: SiteSteps = siteSteps,
  images?: Map<string, ImageOutcome>,
): BuiltSite {
  const problems: ContentProblem[] = []
  const drafts: DraftArticle[] = []
  const failed: FailedFile[] = []
  for (const { file, built } of results) {
    if ('problems' in built) {
      problems.push(...built.problems)
      failed.push({ file, slug: slugFromFile(file), articleLinks: built.articleLinks })
    } else {
      drafts.push(built.draft)
    }
  }
  const collection = buildCollection(drafts, failed, steps, images)
  if ('problems' in collection) problems.push(...collection.problems)
  if (problems.length || 'problems' in collection) return { problems }
  return collection
}
