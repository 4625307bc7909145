import { z } from 'zod/mini'
import { imagePathPattern } from './image-path.ts'

// An image as the content build wrote it: the same picture in AVIF, WebP and a JPEG or PNG
// fallback, at a few widths. Only files under /images/ named by their content hash are ever
// allowed, as the security policy serves images from the site alone and the names let hosts
// cache them for good. A picture still being built carries its source path in `src` and no
// files, so it can never pass this schema by mistake.

const ImagePathSchema = z.string().check(z.regex(imagePathPattern))

export const ImageFileSchema = z.object({
  src: ImagePathSchema,
  width: z.int().check(z.positive()),
})
export type ImageFile = z.infer<typeof ImageFileSchema>

const FilesSchema = z.array(ImageFileSchema).check(z.minLength(1))

export const PictureSchema = z.object({
  // Empty when the author marked the image as decorative.
  alt: z.string(),
  // The fallback file for browsers without srcset; width and height are those of the widest
  // file, so the browser keeps the image's place before it arrives.
  src: ImagePathSchema,
  width: z.int().check(z.positive()),
  height: z.int().check(z.positive()),
  type: z.enum(['image/jpeg', 'image/png']),
  avif: FilesSchema,
  webp: FilesSchema,
  fallback: FilesSchema,
})
export type Picture = z.infer<typeof PictureSchema>

// An article's lead image: shown above the text, shared as its preview, and its lists' thumbnail.
export const LeadImageSchema = z.extend(PictureSchema, {
  caption: z.nullable(z.string()),
  credit: z.nullable(z.string()),
})
export type LeadImage = z.infer<typeof LeadImageSchema>
