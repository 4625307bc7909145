import type { SourceDraft } from '../article-draft.ts'
import { markdownToBlocks } from '../markdown-to-blocks.ts'
import type { StepResult } from '../run-steps.ts'

export function parseBody(draft: SourceDraft): StepResult<SourceDraft> {
  const body = markdownToBlocks(draft.file, draft.body, draft.bodyLine)
  return {
    draft: {
      ...draft,
      opening: body.opening,
      rawSections: body.sections,
      footnotes: body.footnotes,
      articleLinks: body.articleLinks,
      fragmentLinks: body.fragmentLinks,
      // After the lead image, which the front matter step found.
      imageRefs: [...draft.imageRefs, ...body.imageRefs],
    },
    problems: body.problems,
  }
}
