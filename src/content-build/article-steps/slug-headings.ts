import type { SourceDraft } from '../article-draft.ts'
import type { StepResult } from '../run-steps.ts'
import { makeSectionIds } from '../section-ids.ts'

// Ids are made once every heading is known, so a repeated heading is numbered in order.
export function slugHeadings(draft: SourceDraft): StepResult<SourceDraft> {
  const ids = makeSectionIds(draft.rawSections.map((section) => section.title))
  const sections = draft.rawSections.map((section, index) => ({
    id: ids[index] ?? `section-${index + 1}`,
    title: section.title,
    blocks: section.blocks,
  }))
  return { draft: { ...draft, sections } }
}
