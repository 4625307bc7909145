import { tokenise } from '../../summariser/tokenise.ts'
import type { DraftArticle } from '../article-draft.ts'
import { articleText } from '../article-text.ts'
import type { StepResult } from '../run-steps.ts'
import { encodeTermCounts } from '../term-counts.ts'

// The words related reading weighs, counted once here, where the article is built (on a worker
// thread, and cached), rather than by the collection step on every run for every article.
export function countTerms(draft: DraftArticle): StepResult<DraftArticle> {
  return { draft: { ...draft, terms: encodeTermCounts(tokenise(articleText(draft), draft.lang)) } }
}
