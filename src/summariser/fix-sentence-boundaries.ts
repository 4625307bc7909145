import { isSpace } from './is-space.ts'
import type { Span } from './segment-sentences.ts'
import { sentenceBoundary } from './sentence-boundary.ts'

function wordBefore(text: string, end: number): string {
  let start = end
  while (start > 0 && !isSpace(text[start - 1])) start--
  return text.slice(start, end)
}

function wordAfter(text: string, start: number): string {
  let end = start
  while (end < text.length && !isSpace(text[end])) end++
  return text.slice(start, end)
}

// Ends the splitter passed over (a listed abbreviation, an initial, a numbered item, an
// ellipsis), outside brackets, where news style says a sentence does end.
function splitInside(text: string, span: Span): Span[] {
  const pieces: Span[] = []
  let start = span.start
  let depth = 0
  let scanned = span.start
  const ends = /[.!?…](?=\s)/gu
  ends.lastIndex = span.start
  for (let match = ends.exec(text); match && match.index < span.end; match = ends.exec(text)) {
    const i = match.index
    for (; scanned < i; scanned++) {
      const char = text[scanned]
      if (char === '(' || char === '[') depth++
      else if ((char === ')' || char === ']') && depth > 0) depth--
    }
    if (depth > 0) continue
    let next = i + 1
    while (next < span.end && isSpace(text[next])) next++
    if (next >= span.end) break
    if (sentenceBoundary(wordBefore(text, i + 1), wordAfter(text, next)) !== 'split') continue
    pieces.push({ start, end: i + 1 })
    start = next
  }
  pieces.push({ start, end: span.end })
  return pieces
}

/**
 * The news fix-up pass over a general splitter's sentences: splits where it missed an end and
 * joins where it cut after an abbreviation or before a sentence that cannot start in lower case.
 */
export function fixSentenceBoundaries(text: string, spans: readonly Span[]): Span[] {
  const fixed: Span[] = []
  for (const span of spans.flatMap((span) => splitInside(text, span))) {
    const previous = fixed.at(-1)
    if (
      previous &&
      sentenceBoundary(wordBefore(text, previous.end), wordAfter(text, span.start)) === 'join'
    ) {
      previous.end = span.end
    } else {
      fixed.push({ ...span })
    }
  }
  return fixed
}
