import type { Block } from '../../articles/article-schema.ts'
import type { DraftArticle } from '../article-draft.ts'
import { plainText } from '../markdown-to-blocks.ts'
import { countWords as count, readingMinutes } from '../reading-time.ts'
import type { StepResult } from '../run-steps.ts'

// Headings are read too, so they count.
export function countWords(draft: DraftArticle): StepResult<DraftArticle> {
  const wordCount = count([
    ...[draft.opening, ...draft.sections.map((section) => section.blocks)].flatMap((blocks) =>
      blocks.map(blockText),
    ),
    ...draft.sections.map((section) => section.title),
  ])
  return { draft: { ...draft, wordCount, readingMinutes: readingMinutes(wordCount) } }
}

function blockText(block: Block): string {
  switch (block.type) {
    case 'paragraph':
    case 'subheading':
      return plainText(block.children)
    case 'quote':
      return block.children.map(plainText).join(' ')
    case 'list':
      return block.items.map(plainText).join(' ')
    case 'code':
      return block.text
    default:
      return block satisfies never
  }
}
