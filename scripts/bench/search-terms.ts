// Words from the corpus's own headlines, so every query finds something: distinct, at least
// five letters, and no two starting alike, so one word's results are never another's.
export function searchTerms(titles: readonly string[], count: number): string[] {
  const terms: string[] = []
  const starts = new Set<string>()
  for (const title of titles) {
    for (const word of title.toLowerCase().split(/[^\p{L}]+/u)) {
      const start = word.slice(0, 3)
      if (word.length < 5 || starts.has(start)) continue
      starts.add(start)
      terms.push(word)
      if (terms.length === count) return terms
    }
  }
  return terms
}
