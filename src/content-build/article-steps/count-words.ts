import type { DraftArticle } from '../article-draft.ts'
import { blockTexts } from '../block-text.ts'
import { countWords as count } from '../reading-time.ts'
import type { StepResult } from '../run-steps.ts'

// Headings are read too, so they count.
export function countWords(draft: DraftArticle): StepResult<DraftArticle> {
  const wordCount = count([
    ...[draft.opening, ...draft.sections.map((section) => section.blocks)].flatMap((blocks) =>
      blocks.flatMap(blockTexts),
    ),
    ...draft.sections.map((section) => section.title),
  ])
  return { draft: { ...draft, wordCount } }
}
