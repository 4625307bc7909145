import { z } from 'zod/mini'
import { readStored, storedKeys, writeStored } from '../lib/stored.ts'
import { keepPosition, positionKey, positionPrefix } from './stored-position.ts'

// Where the reader stopped in each article, as a share of the page (so it survives a change of
// text size), with when it was kept. A place not visited for a while is forgotten, and so is
// one kept in an older form: a reader of hundreds of articles never fills the browser's storage.
export const POSITION_KEPT_FOR_MS = 30 * 24 * 60 * 60 * 1000
export const POSITIONS_KEPT = 50

const PositionSchema = z.object({
  share: z.number().check(z.gt(0), z.lt(1)),
  at: z.number(),
})
type Position = z.infer<typeof PositionSchema>

function parse(text: string | null): Position | null {
  if (text === null) return null
  try {
    const result = PositionSchema.safeParse(JSON.parse(text))
    return result.success ? result.data : null
  } catch {
    return null
  }
}

export function readPosition(slug: string, now = Date.now()): number | null {
  const position = parse(readStored(positionKey(slug)))
  return position && now - position.at < POSITION_KEPT_FOR_MS ? position.share : null
}

// `share` null forgets the article's place (the reader finished it).
export function writePosition(slug: string, share: number | null, now = Date.now()): void {
  keepPosition(slug, share, now)
  prunePositions(now)
}

export function prunePositions(now = Date.now()): void {
  const kept: { key: string; at: number }[] = []
  for (const key of storedKeys(positionPrefix)) {
    const position = parse(readStored(key))
    if (position && now - position.at < POSITION_KEPT_FOR_MS) kept.push({ key, at: position.at })
    else writeStored(key, null)
  }
  kept.sort((a, b) => b.at - a.at)
  for (const { key } of kept.slice(POSITIONS_KEPT)) writeStored(key, null)
}
