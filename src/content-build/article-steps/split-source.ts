import type { SourceDraft } from '../article-draft.ts'
import { splitFrontMatter } from '../front-matter.ts'
import type { StepResult } from '../run-steps.ts'

// Without a front matter block there is no telling where the body starts: halt.
export function splitSource(draft: SourceDraft): StepResult<SourceDraft> {
  const split = splitFrontMatter(draft.file, draft.text)
  if ('field' in split) return { draft, problems: [split], halt: true }
  return {
    draft: {
      ...draft,
      frontMatterText: split.frontMatter,
      body: split.body,
      bodyLine: split.bodyLine,
    },
  }
}
