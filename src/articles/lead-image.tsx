import { columnSizes, PictureImage } from './picture-image.tsx'
import type { LeadImage as LeadImageData } from './picture-schema.ts'

// The article's lead image, above the text: the first thing drawn, so it is fetched first.
export function LeadImage({ image }: { image: LeadImageData }) {
  return (
    <figure className="figure lead-image">
      <PictureImage picture={image} sizes={columnSizes} priority />
      {image.caption || image.credit ? (
        <figcaption className="figure-caption">
          {image.caption}
          {image.credit ? <span className="figure-credit">{image.credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  )
}
