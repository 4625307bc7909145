// An article's words for related reading, each once with how often it comes, in the order they
// first come (so the ids related-reading.ts gives them, and so its tie-breaks, do not depend on
// how they were stored). Kept as one string, "word count word count ...": a head of each of
// 100,000 articles stays in memory through the collection steps, and a string of a few
// kilobytes costs far less there than an array of hundreds of small strings.
export function encodeTermCounts(tokens: Iterable<string>): string {
  const counts = new Map<string, number>()
  for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1)
  let text = ''
  for (const [term, count] of hasSpace(counts) ? mended(counts) : counts) {
    text += text ? ` ${term} ${count}` : `${term} ${count}`
  }
  return text
}

// Tokens are words, which never hold white space; one that did would split in two. Each
// distinct token is mended once, and one that becomes another's term adds to its count, which
// keeps the place of whichever came first. Counting is a cost of every article built, so the
// tokens are looked over first, and mended only when one needs it.
const SPACE = /\s/u

function hasSpace(counts: ReadonlyMap<string, number>): boolean {
  for (const token of counts.keys()) if (SPACE.test(token)) return true
  return false
}

function mended(counts: ReadonlyMap<string, number>): Map<string, number> {
  const terms = new Map<string, number>()
  for (const [token, count] of counts) {
    const term = token.replace(/\s+/gu, '_')
    terms.set(term, (terms.get(term) ?? 0) + count)
  }
  return terms
}

export function* decodeTermCounts(text: string): Generator<readonly [string, number]> {
  if (!text) return
  const parts = text.split(' ')
  for (let at = 0; at + 1 < parts.length; at += 2) {
    yield [parts[at] as string, Number(parts[at + 1])]
  }
}
