import { imagePathPattern } from './image-path.ts'
import type { ImageFile, Picture } from './picture-schema.ts'

type Props = {
  picture: Picture
  // How wide the image is drawn, so the browser picks the smallest file that is sharp enough.
  sizes: string
  // The lead image is the page's largest paint: fetched first, never lazily.
  priority?: boolean
  className?: string
}

const srcSet = (files: ImageFile[]) => files.map((file) => `${file.src} ${file.width}w`).join(', ')

// One image in AVIF, WebP and a JPEG or PNG fallback. Its width and height are written, so its
// place is kept before it arrives. The schema admits only the site's own image files; checking
// the addresses again here is a second lock on the door.
export function PictureImage({ picture, sizes, priority = false, className }: Props) {
  const files = [...picture.avif, ...picture.webp, ...picture.fallback]
  const safe = [picture.src, ...files.map((file) => file.src)].every((src) =>
    imagePathPattern.test(src),
  )
  if (!safe) return null
  return (
    <picture>
      <source type="image/avif" srcSet={srcSet(picture.avif)} sizes={sizes} />
      <source type="image/webp" srcSet={srcSet(picture.webp)} sizes={sizes} />
      <img
        src={picture.src}
        srcSet={srcSet(picture.fallback)}
        sizes={sizes}
        width={picture.width}
        height={picture.height}
        alt={picture.alt}
        className={className ?? 'picture'}
        decoding="async"
        {...(priority ? { fetchPriority: 'high' as const } : { loading: 'lazy' as const })}
      />
    </picture>
  )
}

// The article's column at the default text size, and the whole width on a phone.
export const columnSizes = '(min-width: 42rem) 40rem, calc(100vw - 2rem)'
