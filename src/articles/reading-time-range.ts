// Readers differ: a quick reader manages about 300 words a minute, a careful one about 180.
export function readingTimeRange(words: number): { fast: number; slow: number } {
  const fast = Math.max(1, Math.round(words / 300))
  const slow = Math.max(fast, Math.round(words / 180))
  return { fast, slow }
}

export function formatReadingTime(words: number): string {
  const { fast, slow } = readingTimeRange(words)
  return fast === slow ? `${fast} min read` : `${fast}–${slow} min read`
}
