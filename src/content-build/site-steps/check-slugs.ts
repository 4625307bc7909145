import type { ContentProblem } from '../content-problem.ts'
import type { StepResult } from '../run-steps.ts'
import { everyFile, type SiteDraft } from '../site-draft.ts'

// Two files in different folders can have the same name, and so the same address.
export function checkSlugs(site: SiteDraft): StepResult<SiteDraft> {
  const problems: ContentProblem[] = []
  const fileBySlug = new Map<string, string>()
  for (const { file, slug } of everyFile(site)) {
    const first = fileBySlug.get(slug)
    if (first) {
      problems.push({
        file,
        line: 1,
        column: 1,
        field: 'slug',
        message: `"${slug}" is also the slug of ${first}: rename one of the two files`,
      })
    } else {
      fileBySlug.set(slug, file)
    }
  }
  return { draft: site, problems }
}
