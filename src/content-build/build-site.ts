import {
  articleSteps,
  buildArticle,
  slugFromFile,
  type ArticleSteps,
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

export type SiteOptions = {
  summarise: Summariser
  articleSteps?: ArticleSteps
  siteSteps?: SiteSteps
}

export type BuiltSite = Collection | { problems: ContentProblem[] }

// The whole content build, without I/O: every article through the article steps, then the
// collection through the site steps. The command line, the dev watcher (both through
// build-content-folder.ts) and the tests all build through here. Collection problems
// (duplicate slugs, links to nowhere) are reported in the same run as those of single files,
// after them, so one build shows every problem.
export function buildSite(sources: SourceFile[], options: SiteOptions): BuiltSite {
  const steps = options.articleSteps ?? articleSteps(options.summarise)
  const problems: ContentProblem[] = []
  const drafts: DraftArticle[] = []
  const failed: FailedFile[] = []
  for (const source of sources) {
    const result = buildArticle(source, options.summarise, steps)
    if ('problems' in result) {
      problems.push(...result.problems)
      failed.push({
        file: source.file,
        slug: slugFromFile(source.file),
        articleLinks: result.articleLinks,
      })
    } else {
      drafts.push(result.draft)
    }
  }
  const collection = buildCollection(drafts, failed, options.siteSteps ?? siteSteps)
  if ('problems' in collection) problems.push(...collection.problems)
  if (problems.length || 'problems' in collection) return { problems }
  return collection
}
