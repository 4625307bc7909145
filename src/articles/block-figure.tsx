import type { Block } from './block-schema.ts'
import { InlineContent } from './inline-content.tsx'
import { columnSizes, PictureImage } from './picture-image.tsx'

type Figure = Extract<Block, { type: 'figure' }>

// An image in the text, with what it shows and, apart, who made it, as publishers set them.
export function BlockFigure({ figure }: { figure: Figure }) {
  const { caption, credit } = figure
  return (
    <figure className="figure">
      <PictureImage picture={figure.image} sizes={columnSizes} />
      {caption || credit ? (
        <figcaption className="figure-caption">
          {caption ? <InlineContent>{caption}</InlineContent> : null}
          {credit ? (
            <span className="figure-credit">
              <InlineContent>{credit}</InlineContent>
            </span>
          ) : null}
        </figcaption>
      ) : null}
    </figure>
  )
}
