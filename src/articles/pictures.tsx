import { BlockFigure } from './block-figure.tsx'
import type { Block } from './block-schema.ts'
import { LeadImage } from './lead-image.tsx'
import { PictureImage } from './picture-image.tsx'
import type { LeadImage as LeadImageData, Picture } from './picture-schema.ts'

// An article's images, in a chunk of their own (picture-slot.tsx loads it).
export type PictureProps =
  | { kind: 'figure'; figure: Extract<Block, { type: 'figure' }> }
  | { kind: 'lead'; image: LeadImageData }
  | { kind: 'thumbnail'; picture: Picture }
  | { kind: 'front-lead'; picture: Picture }

// Beside the lead's words from 40rem on (three fifths of a 60rem page), the screen's width below.
const frontLeadSizes = '(min-width: 40rem) 36rem, calc(100vw - 2rem)'

export function Pictures(props: PictureProps) {
  switch (props.kind) {
    case 'figure':
      return <BlockFigure figure={props.figure} />
    case 'lead':
      return <LeadImage image={props.image} />
    case 'thumbnail':
      // A list's thumbnail is drawn small beside the headline.
      return <PictureImage picture={props.picture} sizes="6rem" className="thumbnail" />
    case 'front-lead':
      // The front page's lead story: its largest paint, so fetched first and never lazily.
      return (
        <PictureImage
          picture={props.picture}
          sizes={frontLeadSizes}
          priority
          className="picture front-lead-image"
        />
      )
    default:
      return props satisfies never
  }
}
