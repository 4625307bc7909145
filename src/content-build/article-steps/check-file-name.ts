import { slugPattern } from '../../articles/article-schema.ts'
import type { SourceDraft } from '../article-draft.ts'
import { problemAt } from '../content-problem.ts'
import type { StepResult } from '../run-steps.ts'

// The file name is the article's address, so it must be one a reader can type.
export function checkFileName(draft: SourceDraft): StepResult<SourceDraft> {
  if (slugPattern.test(draft.slug)) return { draft }
  return {
    draft,
    problems: [
      problemAt(draft.file, 1, 1, 'file name', 'must be a lowercase slug such as my-article.md'),
    ],
  }
}
