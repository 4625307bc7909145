import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs'
import { basename, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { shortHash } from '../content-build/slug.ts'

// A saved page's images: a local file (the "page_files/" folder a browser saves) is copied
// into the content images folder under a name made from its bytes, so two pages' "image.jpg"
// never collide and a re-import copies nothing new; the build serves site images only, so a
// remote image is listed for the editor and left out.

const IMAGE_TYPES = /\.(?:jpe?g|png|gif|webp|avif)$/i

export type ImagePlan = {
  placeImage: (src: string, address: string | undefined) => string | undefined
  copies: { from: string; to: string }[]
  remote: string[]
}

export function planImages(pageFile: string, imagesDir: string): ImagePlan {
  const copies: ImagePlan['copies'] = []
  const remote: string[] = []
  const placeImage = (src: string, address: string | undefined): string | undefined => {
    if (/^data:/i.test(src.trim())) return undefined
    const local = localFile(src, pageFile)
    if (local && IMAGE_TYPES.test(local)) {
      const name = `${shortHash(readFileSync(local).toString('base64'))}-${safeName(local)}`
      if (!copies.some((copy) => copy.from === local))
        copies.push({ from: local, to: join(imagesDir, name) })
      return `../images/${name}`
    }
    const web = absolute(src, address)
    if (web && !remote.includes(web)) remote.push(web)
    return undefined
  }
  return { placeImage, copies, remote }
}

export function copyImages(copies: ImagePlan['copies']): void {
  for (const { from, to } of copies) {
    if (existsSync(to)) continue
    mkdirSync(join(to, '..'), { recursive: true })
    copyFileSync(from, to)
  }
}

function localFile(src: string, pageFile: string): string | undefined {
  try {
    const url = new URL(src, pathToFileURL(pageFile))
    if (url.protocol !== 'file:') return undefined
    const path = fileURLToPath(url)
    return existsSync(path) && statSync(path).isFile() ? path : undefined
  } catch {
    return undefined
  }
}

function absolute(src: string, address: string | undefined): string | undefined {
  try {
    const url = new URL(src, address)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined
  } catch {
    return undefined
  }
}

function safeName(path: string): string {
  return basename(path)
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^-+/, '')
}
