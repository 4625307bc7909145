import type { SourceDraft } from '../article-draft.ts'
import { parseFrontMatter } from '../front-matter.ts'
import type { StepResult } from '../run-steps.ts'

// Bad front matter does not halt: the body is still read, so its problems show in the same run.
export function readFrontMatter(draft: SourceDraft): StepResult<SourceDraft> {
  const frontMatter = parseFrontMatter(draft.file, draft.frontMatterText)
  if (Array.isArray(frontMatter)) return { draft, problems: frontMatter }
  return { draft: { ...draft, frontMatter } }
}
