import type { Block } from '../../articles/block-schema.ts'
import type { SourceDraft } from '../article-draft.ts'
import { mapBlocks } from '../block-text.ts'
import { plainText } from '../block-text.ts'
import type { StepResult } from '../run-steps.ts'
import { makeSectionIds } from '../section-ids.ts'

// Ids are made once every heading is known, so a repeated heading is numbered in order.
// Sections are given theirs first, so a subheading never changes the address of a section.
export function slugHeadings(draft: SourceDraft): StepResult<SourceDraft> {
  const ids = makeSectionIds(draft.rawSections.map((section) => section.title))
  const groups = [draft.opening, ...draft.rawSections.map((section) => section.blocks)]
  const subheadings = groups.flatMap((blocks) => {
    const found: string[] = []
    mapBlocks(blocks, (block) => {
      if (block.type === 'subheading') found.push(plainText(block.children))
      return block
    })
    return found
  })
  const subheadingIds = makeSectionIds(subheadings, ids)
  let next = 0
  const withIds = (blocks: Block[]) =>
    mapBlocks(blocks, (block) =>
      block.type === 'subheading' ? { ...block, id: subheadingIds[next++] } : block,
    )
  const opening = withIds(draft.opening)
  const sections = draft.rawSections.map((section, index) => ({
    id: ids[index] ?? `section-${index + 1}`,
    title: section.title,
    blocks: withIds(section.blocks),
  }))
  return { draft: { ...draft, opening, sections } }
}
