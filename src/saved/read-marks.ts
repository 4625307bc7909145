import { z } from 'zod/mini'
import { storedList } from './stored-list.ts'

// Articles the reader has read to the end, kept in this browser only; the newest 500.
export const readMarks = storedList('lede:read', z.array(z.string()))

export function markRead(slug: string): void {
  const marks = readMarks.read()
  if (!marks.includes(slug)) readMarks.write([slug, ...marks].slice(0, 500))
}
