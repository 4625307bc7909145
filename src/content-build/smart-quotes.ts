import { retext } from 'retext'
import retextSmartypants from 'retext-smartypants'
import type { QuoteMarks } from './quote-marks.ts'

// A piece of a run of text. A fixed piece (code, a line break) is read for context, so a quote
// around it still pairs, and never rewritten.
export type TextPiece = { text: string; fixed: boolean }

// The library marks each quote with one stand-in character, so the text keeps its length and
// every mark can be traced back to its piece; the language's marks (French ones are longer)
// replace the stand-ins afterwards. Only quotes: dashes and dots are the author's to choose.
const stand = { open: '\ue000', openInner: '\ue001', close: '\ue002', closeInner: '\ue003' }
const processor = retext().use(retextSmartypants, {
  quotes: true,
  backticks: false,
  dashes: false,
  ellipses: false,
  openingQuotes: { double: stand.open, single: stand.openInner },
  closingQuotes: { double: stand.close, single: stand.closeInner },
})

const wordCharacter = /[\p{L}\p{N}]/u

// The library closes a single quote and writes an apostrophe alike; where a language's inner
// closing mark is not ’ (German ‘) they must be told apart. Inside a word it is an apostrophe
// (it’s, l’homme); otherwise it closes a single quote only when one is open, so the dogs’
// bowls keep their apostrophe.
function marksAt(plain: string, curled: string, marks: QuoteMarks): Map<number, string> {
  const found = new Map<number, string>()
  let openInner = 0
  for (let index = 0; index < plain.length; index++) {
    const was = plain[index]
    if (was !== '"' && was !== "'") continue
    const mark = curled[index]
    if (mark === stand.open) found.set(index, marks.open)
    else if (mark === stand.close) found.set(index, marks.close)
    // An opening single quote straight before a number is an elision (’90er, ’23), which the
    // library knows only in English (’90s).
    else if (mark === stand.openInner && /\d/.test(plain[index + 1] ?? '')) found.set(index, '’')
    else if (mark === stand.openInner) {
      openInner++
      found.set(index, marks.openInner)
    } else if (mark === stand.closeInner) {
      const inWord =
        wordCharacter.test(plain[index - 1] ?? '') && wordCharacter.test(plain[index + 1] ?? '')
      if (!inWord && openInner > 0) {
        openInner--
        found.set(index, marks.closeInner)
      } else found.set(index, '’')
    }
  }
  return found
}

// The pieces' text with typographic quotes, the whole run read at once so a quote opened in
// one piece (before an emphasis) closes in another.
export function smartenQuotes(pieces: TextPiece[], marks: QuoteMarks): string[] {
  // Quotes inside code are hidden from the library, so they neither change nor pair.
  const plain = pieces
    .map((piece) => (piece.fixed ? piece.text.replace(/["']/g, 'x') : piece.text))
    .join('')
  if (!/["']/.test(plain)) return pieces.map((piece) => piece.text)
  const curled = String(processor.processSync(plain))
  if (curled.length !== plain.length) return pieces.map((piece) => piece.text)
  const found = marksAt(plain, curled, marks)
  let start = 0
  return pieces.map((piece) => {
    const from = start
    start += piece.text.length
    if (piece.fixed) return piece.text
    return piece.text.replace(/["']/g, (quote, offset: number) => found.get(from + offset) ?? quote)
  })
}
