import type { ReactNode } from 'react'
import type { Block, Footnote } from './block-schema.ts'
import { ArticleFootnotes } from './article-footnotes.tsx'
import { BlockTable } from './block-table.tsx'

// The parts of an article that only some articles have, in a chunk of their own so that the
// first load of every page does not carry them (rich-block-slot.tsx loads it).
export type RichBlockProps =
  | { kind: 'table'; table: Extract<Block, { type: 'table' }> }
  | { kind: 'footnotes'; footnotes: Footnote[]; blocks: (inner: Block[]) => ReactNode }

export function RichBlock(props: RichBlockProps) {
  switch (props.kind) {
    case 'table':
      return <BlockTable table={props.table} />
    case 'footnotes':
      return <ArticleFootnotes footnotes={props.footnotes} blocks={props.blocks} />
    default:
      return props satisfies never
  }
}
