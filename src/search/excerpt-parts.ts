export type ExcerptPart = { text: string; marked: boolean }

// Pagefind's excerpt is escaped text with the matched words in <mark> tags. It is read as text:
// the tags only say which stretches are marked, the few entities it writes become their
// characters, and anything else that looks like markup stays as the characters it is.
const entities: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
}
const decode = (text: string) =>
  text.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (e) => entities[e] ?? e)

export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = []
  // Odd pieces of the split are the marked ones.
  excerpt.split(/<mark>([\s\S]*?)<\/mark>/).forEach((piece, index) => {
    if (piece) parts.push({ text: decode(piece), marked: index % 2 === 1 })
  })
  return parts
}
