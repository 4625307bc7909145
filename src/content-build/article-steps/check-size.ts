import type { SourceDraft } from '../article-draft.ts'
import { problemAt } from '../content-problem.ts'
import type { StepResult } from '../run-steps.ts'

export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024

// Runs first and halts: a file this big is not parsed at all, so it cannot stall the build.
export function checkSize(draft: SourceDraft): StepResult<SourceDraft> {
  // A UTF-16 unit is at most three bytes of UTF-8, so most files need no encoding to be measured.
  if (draft.text.length * 3 <= MAX_ARTICLE_BYTES) return { draft }
  const bytes = new TextEncoder().encode(draft.text).length
  if (bytes <= MAX_ARTICLE_BYTES) return { draft }
  return {
    draft,
    halt: true,
    problems: [
      problemAt(
        draft.file,
        1,
        1,
        'size',
        `the file is ${bytes} bytes; the most an article may be is 2 MB`,
      ),
    ],
  }
}
