// A search that finds nothing may hold a misspelt word: each word of it that is not among the
// index's words is replaced by the closest one (Damerau-Levenshtein distance, in its optimal
// string alignment form: a letter added, dropped, changed, or two swapped, each count one).

// At most one edit in a word of up to four letters, two in a longer one.
const allowed = (word: string) => (word.length <= 4 ? 1 : 2)

// The distance between `a` and `b`, or `limit + 1` as soon as it is known to exceed `limit`.
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let before = new Array<number>(b.length + 1).fill(0)
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(
        (previous[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      )
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (before[j - 2] ?? 0) + 1)
      }
      row.push(value)
      best = Math.min(best, value)
    }
    if (best > limit) return limit + 1
    before = previous
    previous = row
  }
  return previous[b.length] ?? 0
}

// The closest word within the edits allowed; of equally close words, the one listed first
// (the list puts the words in most articles first).
export function closestWord(word: string, words: readonly string[]): string | null {
  const limit = allowed(word)
  let best: string | null = null
  let bestDistance = limit + 1
  for (const candidate of words) {
    const distance = editDistance(word, candidate, bestDistance - 1)
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
      if (distance === 1) break
    }
  }
  return best
}

// The query with its unknown words corrected, or null when there is nothing to suggest. Words
// of fewer than three letters, and the last word where some indexed word starts with it (the
// index matches the last word as a prefix), are left as typed.
export function suggestQuery(query: string, words: readonly string[], lang: string): string | null {
  const known = new Set(words)
  const typed = query.trim().toLocaleLowerCase(lang).split(/\s+/).filter(Boolean)
  let changed = false
  const corrected = typed.map((word, index) => {
    const last = index === typed.length - 1
    if (word.length < 3 || known.has(word)) return word
    if (last && words.some((candidate) => candidate.startsWith(word))) return word
    const closest = closestWord(word, words)
    if (!closest) return word
    changed = true
    return closest
  })
  return changed ? corrected.join(' ') : null
}
