import { writeStored } from '../lib/stored.ts'

// Where an article's reading position is stored, and how it is written: a file without zod, so
// a position is written at once, even as the page is left. Reading positions back (and checking
// them with zod) is reading-positions.ts, loaded when there is one to offer or prune.
export const positionKey = (slug: string) => `lede:position:${slug}`
export const positionPrefix = positionKey('')

// `share` null forgets the article's place (the reader finished it).
export function keepPosition(slug: string, share: number | null, now = Date.now()): void {
  writeStored(
    positionKey(slug),
    share === null ? null : JSON.stringify({ share: Number(share.toFixed(4)), at: now }),
  )
}
