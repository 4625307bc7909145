// Bidirectional controls change the direction of everything after them until they are closed.
// A title that opens one and never closes it would turn the page title, or a "Next: ..." link,
// around. Each opener gets its closer; a closer with no opener is dropped.
const embeddings = new Set(['\u202a', '\u202b', '\u202d', '\u202e']) // closed by PDF
const isolates = new Set(['\u2066', '\u2067', '\u2068']) // closed by PDI
const PDF = '\u202c'
const PDI = '\u2069'

export function balanceBidi(text: string): string {
  if (!/[\u202a-\u202e\u2066-\u2069]/.test(text)) return text
  const open: string[] = []
  let out = ''
  for (const char of text) {
    if (embeddings.has(char) || isolates.has(char)) {
      open.push(char)
      out += char
    } else if (char === PDF) {
      if (open.length && embeddings.has(open.at(-1) ?? '')) {
        open.pop()
        out += char
      }
    } else if (char === PDI) {
      // A PDI closes its isolate and any embedding left open inside it.
      const at = open.findLastIndex((opener) => isolates.has(opener))
      if (at !== -1) {
        out += open
          .splice(at)
          .slice(1)
          .map(() => PDF)
          .join('')
        out += char
      }
    } else {
      out += char
    }
  }
  return (
    out +
    open
      .reverse()
      .map((opener) => (isolates.has(opener) ? PDI : PDF))
      .join('')
  )
}
