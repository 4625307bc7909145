import type { Block } from './block-schema.ts'
import { loadPictureCode } from './picture-slot.tsx'
import { loadRichBlockCode } from './rich-block-slot.tsx'

export type Parts = { pictures: boolean; richBlocks: boolean }

type Item = { image?: unknown }
type Shown = { image?: unknown; sections: { blocks: Block[] }[]; footnotes?: unknown[] }
type Listed = {
  articles: Item[]
  front?: { lead: Item; tier: Item[]; sections: { articles: Item[] }[] }
}

// Which lazily loaded parts a page of data draws: pictures (a lead image, a figure, a list's
// thumbnails) and rich blocks (tables, notes).
export function partsOf(shown: Shown | Listed): Parts {
  if ('articles' in shown) {
    const front = shown.front
    const items = [
      ...shown.articles,
      ...(front ? [front.lead, ...front.tier, ...front.sections.flatMap((s) => s.articles)] : []),
    ]
    return { pictures: items.some((item) => item.image), richBlocks: false }
  }
  const parts: Parts = {
    pictures: Boolean(shown.image),
    richBlocks: Boolean(shown.footnotes?.length),
  }
  for (const section of shown.sections) visit(section.blocks, parts)
  return parts
}

function visit(blocks: Block[], parts: Parts): void {
  for (const block of blocks) {
    if (block.type === 'figure') parts.pictures = true
    else if (block.type === 'table') parts.richBlocks = true
    else if (block.type === 'quote') visit(block.blocks, parts)
    else if (block.type === 'list') for (const item of block.items) visit(item.blocks, parts)
  }
}

/**
 * Fetched data waits for the code of the parts it draws, so a page drawn in the browser appears
 * whole rather than with its images and tables arriving a moment later and moving the text.
 * A part whose code cannot be had is left to its own slot, which shows the failure.
 */
export async function withParts<T extends Shown | Listed>(data: T): Promise<T> {
  const parts = partsOf(data)
  await Promise.all([
    parts.pictures ? loadPictureCode() : null,
    parts.richBlocks ? loadRichBlockCode() : null,
  ]).catch(() => {})
  return data
}
