// Two sentences can share few words by cosine and still say one thing ("Britain has offered 120
// Gurkhas" and a spokesman's longer "the government has formally offered ... Gurkhas"), so a
// point is checked against the others by how much of it the other already holds.

/** The share of the shorter side's distinct words that must be in the other for a repeat. */
export const REPEAT_CONTAINMENT = 0.7
/** A side with fewer distinct words than this says too little to repeat anything. */
export const REPEAT_MIN_WORDS = 4

/**
 * Whether two points repeat each other: most of the distinct content words (stems) of the
 * shorter one are in the longer one.
 */
export function repeats(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [shorter, longer] = a.size <= b.size ? [a, b] : [b, a]
  if (shorter.size < REPEAT_MIN_WORDS) return false
  let shared = 0
  for (const word of shorter) if (longer.has(word)) shared++
  return shared >= REPEAT_CONTAINMENT * shorter.size
}
