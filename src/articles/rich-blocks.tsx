import type { ReactNode } from 'react'
import type { Block, Footnote } from './block-schema.ts'
import { ArticleFootnotes } from './article-footnotes.tsx'
import { BlockFigure } from './block-figure.tsx'
import { BlockTable } from './block-table.tsx'
import { LeadImage } from './lead-image.tsx'
import { PictureImage } from './picture-image.tsx'
import type { LeadImage as LeadImageData, Picture } from './picture-schema.ts'

// The parts of an article that only some articles have (tables, notes, images), in a chunk of their own so that the
// first load of every page does not carry them (rich-block-slot.tsx loads it).
export type RichBlockProps =
  | { kind: 'table'; table: Extract<Block, { type: 'table' }> }
  | { kind: 'footnotes'; footnotes: Footnote[]; blocks: (inner: Block[]) => ReactNode }
  | { kind: 'figure'; figure: Extract<Block, { type: 'figure' }> }
  | { kind: 'lead'; image: LeadImageData }
  | { kind: 'thumbnail'; picture: Picture }

export function RichBlock(props: RichBlockProps) {
  switch (props.kind) {
    case 'table':
      return <BlockTable table={props.table} />
    case 'footnotes':
      return <ArticleFootnotes footnotes={props.footnotes} blocks={props.blocks} />
    case 'figure':
      return <BlockFigure figure={props.figure} />
    case 'lead':
      return <LeadImage image={props.image} />
    case 'thumbnail':
      // A list's thumbnail is drawn small beside the headline.
      return <PictureImage picture={props.picture} sizes="6rem" className="thumbnail" />
    default:
      return props satisfies never
  }
}
