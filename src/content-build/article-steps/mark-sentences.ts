import type { Block } from '../../articles/block-schema.ts'
import { sentenceSpans } from '../../summariser/split-sentences.ts'
import type { DraftArticle } from '../article-draft.ts'
import { plainText } from '../markdown-to-blocks.ts'
import type { StepResult } from '../run-steps.ts'

// Each paragraph carries where its sentences are, split as the summariser splits them, so the
// reader's Listen speaks and highlights the same sentences the text shows, never its own guess.
export function markSentences(draft: DraftArticle): StepResult<DraftArticle> {
  const mark = (blocks: Block[]): Block[] =>
    blocks.map((block) =>
      block.type === 'paragraph'
        ? {
            ...block,
            sentences: sentenceSpans(plainText(block.children)).map(({ start, end }) => [
              start,
              end,
            ]),
          }
        : block,
    )
  return {
    draft: {
      ...draft,
      opening: mark(draft.opening),
      sections: draft.sections.map((section) => ({ ...section, blocks: mark(section.blocks) })),
    },
  }
}
