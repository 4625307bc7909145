import { wordsFor } from '../../lib/words/catalogues.ts'
import type { DraftArticle } from '../article-draft.ts'
import type { StepResult } from '../run-steps.ts'

// The reader's chrome in the article's language travels with the article, so the app carries
// one catalogue (the site's) and no reader downloads the others.
export function writeWords(draft: DraftArticle): StepResult<DraftArticle> {
  return { draft: { ...draft, words: wordsFor(draft.lang) } }
}
