import type { ContentProblem } from '../content-problem.ts'
import type { StepResult } from '../run-steps.ts'
import { everyFile, type SiteDraft } from '../site-draft.ts'

export function checkArticleLinks(site: SiteDraft): StepResult<SiteDraft> {
  const files = everyFile(site)
  const slugs = new Set(files.map((file) => file.slug))
  const problems: ContentProblem[] = files.flatMap(({ file, articleLinks = [] }) =>
    articleLinks
      .filter((link) => !slugs.has(link.slug))
      .map((link) => ({
        file,
        line: link.line,
        column: link.column,
        field: 'link',
        message: `/articles/${link.slug} is not an article in content/articles`,
      })),
  )
  return { draft: site, problems }
}
