import type { SourceDraft } from '../article-draft.ts'
import { problemAt } from '../content-problem.ts'
import type { StepResult } from '../run-steps.ts'

export const MAX_ARTICLE_BLOCKS = 10_000

// An article needs some text, and no more blocks than a reader's phone can lay out.
export function checkBody(draft: SourceDraft): StepResult<SourceDraft> {
  const blockCount =
    draft.opening.length +
    draft.rawSections.reduce((total, section) => total + 1 + section.blocks.length, 0)
  const at = (message: string) => problemAt(draft.file, draft.bodyLine, 1, 'size', message)
  if (blockCount === 0) {
    return {
      draft,
      problems: [
        problemAt(draft.file, draft.bodyLine, 1, 'body', 'is empty: an article needs some text'),
      ],
    }
  }
  // Headings alone are no article: there would be nothing to read and nothing to summarise.
  const text = [draft.opening, ...draft.rawSections.map((section) => section.blocks)]
    .flat()
    .some((block) => block.type !== 'subheading')
  if (!text) {
    return {
      draft,
      problems: [
        problemAt(
          draft.file,
          draft.bodyLine,
          1,
          'body',
          'has only headings: write the text that goes under them',
        ),
      ],
    }
  }
  if (blockCount > MAX_ARTICLE_BLOCKS) {
    return {
      draft,
      problems: [at(`${blockCount} blocks; the most an article may have is 10,000`)],
    }
  }
  return { draft }
}
