import path from 'node:path'
import sharp, { type Sharp } from 'sharp'
import type { ImageFile } from '../articles/picture-schema.ts'
import type { ImageOutcome } from './image-outcome.ts'

// What the build accepts: enough for any photograph a page shows, small enough that one image
// cannot stall the build or fill the site.
export const imageLimits = { bytes: 10 * 1024 * 1024, side: 8000 }

// Widths that fit the article's column on phones and wide screens, at 1x and 2x; a list's
// thumbnail takes the smallest. An image is never made wider than it is.
export const imageWidths = [480, 800, 1200, 1600]

// The encoders' settings, part of every cached image's key: a change makes every file afresh.
export const encoding = 'avif q50 e4, webp q75, jpeg q80 mozjpeg, png palette; v1'

const formats = ['jpeg', 'png', 'webp']

// Makes the files of one source image into `dir`, named `<name>-<width>.<ext>`.
export async function encodeImage(bytes: Buffer, name: string, dir: string): Promise<ImageOutcome> {
  const meta = await sharp(bytes).metadata()
  if (!meta.format || !formats.includes(meta.format)) {
    return {
      problem: `is ${meta.format ?? 'not an image'}, not a JPEG, PNG or WebP: save it as one of those`,
    }
  }
  const { width, height } = meta.autoOrient
  if (width > imageLimits.side || height > imageLimits.side) {
    return {
      problem: `is ${width}×${height} px, more than the ${imageLimits.side} px a side the build accepts: scale it down to at most 3200 px wide`,
    }
  }
  const widths = [...new Set([...imageWidths.filter((w) => w < width), Math.min(width, 1600)])]
  const fallbackExt = meta.format === 'png' ? 'png' : 'jpg'
  const files = { avif: [] as ImageFile[], webp: [] as ImageFile[], fallback: [] as ImageFile[] }
  let size = { width, height }
  for (const target of widths) {
    const resized = () =>
      sharp(bytes).autoOrient().resize({ width: target, withoutEnlargement: true })
    const write = async (ext: string, pipeline: Sharp) => {
      const file = `${name}-${target}.${ext}`
      const info = await pipeline.toFile(path.join(dir, file))
      size = { width: info.width, height: info.height }
      return { src: `/images/${file}`, width: info.width }
    }
    files.avif.push(await write('avif', resized().avif({ quality: 50, effort: 4 })))
    files.webp.push(await write('webp', resized().webp({ quality: 75 })))
    files.fallback.push(
      await write(
        fallbackExt,
        fallbackExt === 'png'
          ? resized().png({ compressionLevel: 9, palette: true })
          : resized().jpeg({ quality: 80, mozjpeg: true }),
      ),
    )
  }
  // The plain `src`, for browsers without srcset: a file fit for the column.
  const plain = files.fallback.find((file) => file.width >= 800) ?? files.fallback.at(-1)
  return {
    picture: {
      src: plain?.src ?? '',
      ...size,
      type: fallbackExt === 'png' ? 'image/png' : 'image/jpeg',
      ...files,
    },
  }
}
