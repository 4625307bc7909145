import { split } from 'sentence-splitter'
import { English } from 'sentence-splitter/lang'
import { isSpace } from './is-space.ts'

// A sentence as a half-open range of character offsets into the text it came from.
export type Span = { start: number; end: number }

// The pair marks (quotes, brackets) sentence-splitter will not end a sentence inside, mirrored
// from its PairMaker; its sentence ends (SeparatorParser) are in the expressions below.
const PAIRS = new Map<string, { key: string; start: string }>()
for (const [start, end] of '"" [] () {} 「」 （） 『』 ｛｝ ［］ 〚〛 【】 《》'.split(' ')) {
  if (start === undefined || end === undefined) continue
  const mark = { key: start, start }
  PAIRS.set(start, mark)
  PAIRS.set(end, mark)
}
// Every sentence end and pair mark: the only places where a cut can be decided.
const MARKS = /[.．。?!？！"()[\]{}「」（）『』｛｝［］〚〛【】《》]/
const LISTED = new Set(
  [
    ...English.ABBREVIATIONS,
    ...English.PREPOSITIVE_ABBREVIATIONS,
    ...English.EXCLAMATION_WORDS,
  ].map((word) => word.toLowerCase()),
)

// True when sentence-splitter can never mark the word as an abbreviation: such a word ending in a
// full stop followed by a space always ends a sentence, whatever surrounds it.
function isPlainWord(word: string): boolean {
  return (
    !LISTED.has(word.toLowerCase()) &&
    !/^\d+\.$/.test(word) &&
    !/^\p{Lu}\./u.test(word) &&
    !/^([a-zA-Z]\.){3,}$/.test(word)
  )
}

function librarySpans(text: string, offset: number, spans: Span[]): void {
  for (const node of split(text)) {
    if (node.type !== 'Sentence') continue
    // A sentence without a final stop keeps the spaces after it; they belong to no sentence.
    let end = node.range[1]
    while (end > node.range[0] && isSpace(text[end - 1])) end--
    spans.push({ start: offset + node.range[0], end: offset + end })
  }
}

// A chunk is one sentence to the library when its first separator starts a run that ends the
// chunk. A full stop separates only before a space or at the end (so not in 3.5), as the
// splitter's SeparatorParser has it; a chunk always ends before a space or at the end of the text.
const SEPARATOR = /[?!．。？！]|\.(?=\s|$)/g
const SEPARATOR_RUN = /(?:[?!．。？！]|\.(?=\s|$))+/y

function isSingleSentence(text: string, start: number, end: number): boolean {
  SEPARATOR.lastIndex = start
  const first = SEPARATOR.exec(text)
  if (!first || first.index >= end) return true
  if (first.index === start) return false
  SEPARATOR_RUN.lastIndex = first.index
  SEPARATOR_RUN.exec(text)
  return SEPARATOR_RUN.lastIndex === end
}

function chunkSpans(text: string, start: number, end: number, spans: Span[]): void {
  while (start < end && isSpace(text[start])) start++
  while (end > start && isSpace(text[end - 1])) end--
  if (start === end) return
  if (isSingleSentence(text, start, end)) spans.push({ start, end })
  else librarySpans(text.slice(start, end), start, spans)
}

/**
 * Sentence ranges exactly as sentence-splitter finds them in `text`.
 *
 * The splitter walks the text a character at a time and costs about 2 ms for a news article, twice
 * the build's whole budget for summarising one. Most full stops are unambiguous: a plain word, a
 * full stop, a space, outside any quote or bracket. The text is cut at those places and only the
 * pieces with something left to decide go to the splitter; a property test holds the result equal
 * to calling the splitter on the whole text.
 */
export function segmentSentences(text: string): Span[] {
  const spans: Span[] = []
  const open = new Set<string>()
  let chunkStart = 0
  // Jumping between the characters that matter keeps this pass cheap beside the splitter.
  const marks = new RegExp(MARKS.source, 'g')
  for (let match = marks.exec(text); match; match = marks.exec(text)) {
    const i = match.index
    const char = match[0]
    const pair = PAIRS.get(char)
    if (pair) {
      if (!open.has(pair.key)) {
        if (char === pair.start) open.add(pair.key)
      } else if (char !== pair.start || pair.key === '"') {
        open.delete(pair.key)
      }
      continue
    }
    if (open.size > 0 || !isSpace(text[i + 1])) continue
    let wordStart = i
    while (wordStart > 0 && !isSpace(text[wordStart - 1])) wordStart--
    if (!isPlainWord(text.slice(wordStart, i + 1))) continue
    let next = i + 1
    while (isSpace(text[next])) next++
    // The splitter reads the word before an initial to decide whether "J. Smith" ends a sentence.
    if (/^\p{Lu}\./u.test(text.slice(next, next + 2))) continue
    chunkSpans(text, chunkStart, i + 1, spans)
    chunkStart = i + 1
  }
  chunkSpans(text, chunkStart, text.length, spans)
  return spans
}
