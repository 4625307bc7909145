import path from 'node:path'
import type { Picture } from '../articles/picture-schema.ts'

export const imageExtensions = ['.jpg', '.jpeg', '.png', '.webp'] as const

// Where an article refers to an image, so a problem with the file can be reported there.
export type ImageRef = { source: string; line: number; column: number }

export type CheckedImage =
  { kind: 'ok'; source: string; alt: string } | { kind: 'error'; message: string }

// `![""](...)`: alt text written as two quotes marks an image that only decorates.
const decorativeAlt = /^\s*(?:""|'')\s*$/

// Images live in the images folder beside the articles folder: content/images for
// content/articles/2026/x.md as for content/articles/x.md.
export function imagesFolderOf(file: string): string {
  const parts = file.split('/')
  const articles = parts.lastIndexOf('articles')
  const root =
    articles >= 0
      ? parts.slice(0, articles).join('/')
      : path.posix.dirname(path.posix.dirname(file))
  return path.posix.join(root || '.', 'images')
}

// Checks one reference to an image, in the body or the front matter, without reading the file:
// the address must be a path to a file of the images folder, and the alt text must be written.
export function checkImageReference(
  file: string,
  url: string,
  alt: string | null | undefined,
): CheckedImage {
  const address = url.trim()
  const folder = imagesFolderOf(file)
  const example = path.posix.relative(path.posix.dirname(file), `${folder}/heron.jpg`)
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(address)) {
    return {
      kind: 'error',
      message: `"${url}" is not on this site: save the image in ${folder} and write its path, such as ${example}`,
    }
  }
  if (!address)
    return {
      kind: 'error',
      message: `has no address: write the path of a file in ${folder}, such as ${example}`,
    }
  const source = address.startsWith('/')
    ? path.posix.join(path.posix.dirname(folder), address)
    : path.posix.normalize(path.posix.join(path.posix.dirname(file), address))
  if (!source.startsWith(`${folder}/`) || /[?#]/.test(address)) {
    return {
      kind: 'error',
      message: `"${url}" is not in ${folder}: save the image there and write its path, such as ${example}`,
    }
  }
  const extension = path.posix.extname(source).toLowerCase()
  if (!(imageExtensions as readonly string[]).includes(extension)) {
    return {
      kind: 'error',
      message: `"${url}" is not a JPEG, PNG or WebP file: save the image as .jpg, .png or .webp`,
    }
  }
  if (alt === null || alt === undefined || !alt.trim()) {
    return {
      kind: 'error',
      message: `"${url}" has no alt text: say what the image shows, such as ![A heron on the mudflats](${address}), or write ![""](${address}) for an image that only decorates`,
    }
  }
  return { kind: 'ok', source, alt: decorativeAlt.test(alt) ? '' : alt.trim() }
}

// A picture before its files are made: `src` holds the source file until the build's image step
// replaces it (site-steps/attach-images.ts); without files it cannot pass the article schema.
export function unresolvedPicture(source: string, alt: string): Picture {
  return {
    alt,
    src: source,
    width: 1,
    height: 1,
    type: 'image/jpeg',
    avif: [],
    webp: [],
    fallback: [],
  }
}
