import { createHash } from 'node:crypto'
import { copyFile, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod/mini'
import { PictureSchema } from '../articles/picture-schema.ts'
import { encodeImage, encoding, imageLimits } from './encode-image.ts'
import { mapLimited } from './map-limited.ts'
import type { ImageOutcome } from './image-outcome.ts'

export type ImageFolders = { out: string; cache: string }
export type MadeImages = { images: Map<string, ImageOutcome>; encoded: number }

const CachedSchema = z.omit(PictureSchema, { alt: true })

// Every source image of the site made into its files once, however many articles show it, two
// at a time (the encoders use several threads each). Files are cached by a hash of the source's
// bytes and the encoders' settings, so a rebuild encodes only new or changed images, and their
// names carry that hash, so a host may cache them for good. After the whole site's images, the
// output folder keeps only the files of images in use; after some of them (`prune: false`, an
// article built alone while `npm run dev` runs), every other image's files stay.
export type ImageOptions = { encode?: typeof encodeImage; prune?: boolean }

export async function makeImageFiles(
  sources: readonly string[],
  folders: ImageFolders,
  { encode = encodeImage, prune: pruneUnused = true }: ImageOptions = {},
): Promise<MadeImages> {
  let encoded = 0
  await mkdir(folders.out, { recursive: true })
  const unique = [...new Set(sources)].sort()
  const outcomes = await mapLimited(unique, 2, async (source): Promise<ImageOutcome> => {
    const bytes = await readFile(source).catch((error: unknown) => error)
    if (!Buffer.isBuffer(bytes)) return { problem: readProblem(source, bytes) }
    if (bytes.length > imageLimits.bytes) {
      const mb = (bytes.length / 1024 / 1024).toFixed(1)
      return {
        problem: `${source} is ${mb} MB, more than the ${imageLimits.bytes / 1024 / 1024} MB the build accepts: save it smaller (at most 3200 px wide is plenty)`,
      }
    }
    const key = createHash('sha256')
      .update(encoding)
      .update('\0')
      .update(bytes)
      .digest('hex')
      .slice(0, 16)
    const name = `${stemOf(source)}-${key}`
    const entry = path.join(folders.cache, key)
    let outcome = await readCached(entry)
    if (!outcome) {
      encoded += 1
      outcome = await encodeInto(bytes, name, entry, encode)
      if ('problem' in outcome) return { problem: `${source} ${outcome.problem}` }
    }
    for (const file of filesOf(outcome)) {
      await copyFile(path.join(entry, file), path.join(folders.out, file))
    }
    return outcome
  })
  const images = new Map(unique.map((source, index) => [source, outcomes[index] as ImageOutcome]))
  if (pruneUnused) await prune(folders.out, new Set([...images.values()].flatMap(filesOf)))
  return { images, encoded }
}

function readProblem(source: string, error: unknown): string {
  const code = error instanceof Error && 'code' in error ? error.code : null
  if (code === 'ENOENT')
    return `${source} does not exist: save the image there, or correct the path`
  return `${source} cannot be read (${code ?? String(error)}): check the file is there and readable`
}

const stemOf = (source: string) =>
  path
    .basename(source, path.extname(source))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'image'

const filesOf = (outcome: ImageOutcome): string[] =>
  'picture' in outcome
    ? [...outcome.picture.avif, ...outcome.picture.webp, ...outcome.picture.fallback].map((file) =>
        path.posix.basename(file.src),
      )
    : []

async function readCached(entry: string): Promise<ImageOutcome | null> {
  const text = await readFile(path.join(entry, 'picture.json'), 'utf8').catch(() => null)
  if (text === null) return null
  try {
    const parsed = CachedSchema.safeParse(JSON.parse(text))
    return parsed.success ? { picture: parsed.data } : null
  } catch {
    return null
  }
}

// Encoded into a scratch folder renamed into place whole, so a build killed midway leaves no
// half entry. An image that cannot be decoded is reported, not cached.
async function encodeInto(bytes: Buffer, name: string, entry: string, encode: typeof encodeImage) {
  const scratch = `${entry}.${process.pid}.tmp`
  await rm(scratch, { recursive: true, force: true })
  await mkdir(scratch, { recursive: true })
  try {
    const outcome = await encode(bytes, name, scratch).catch((error: unknown) => ({
      problem: `cannot be read as an image (${error instanceof Error ? error.message : String(error)}): save it again as a JPEG, PNG or WebP`,
    }))
    if ('problem' in outcome) return outcome
    await writeFile(path.join(scratch, 'picture.json'), JSON.stringify(outcome.picture))
    await rm(entry, { recursive: true, force: true })
    await rename(scratch, entry)
    return outcome
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}

async function prune(dir: string, keep: Set<string>): Promise<void> {
  const names = await readdir(dir).catch(() => [])
  await Promise.all(
    names
      .filter((name) => !keep.has(name))
      .map((name) => rm(path.join(dir, name), { force: true })),
  )
}
