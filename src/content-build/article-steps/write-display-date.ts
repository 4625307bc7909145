import type { DraftArticle } from '../article-draft.ts'
import { formatDate } from '../format-date.ts'
import type { StepResult } from '../run-steps.ts'

export function writeDisplayDate(draft: DraftArticle): StepResult<DraftArticle> {
  return { draft: { ...draft, displayDate: formatDate(draft.date, draft.lang) } }
}
