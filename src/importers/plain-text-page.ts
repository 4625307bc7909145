import { stringify } from 'yaml'

// Turns a news page saved as plain text into a Lede content file. The page's shape:
// a headline, the site's "No time to read? / Get a summary" prompt (anywhere), paragraphs
// separated by blank lines, short unpunctuated lines between paragraphs as section headings,
// and a "Previous Article / Next Article" trailer naming the neighbouring articles.

export type ImportOptions = {
  // The import date (YYYY-MM-DD), used when the page carries no date of its own.
  today: string
}

export type ImportedPage = {
  slug: string
  markdown: string
  warnings: string[]
}

type Block = { type: 'paragraph' | 'heading'; text: string }

const PROMPT_LINES = new Set(['no time to read?', 'get a summary'])
const PREVIOUS_MARKER = 'previous article'
const NEXT_MARKER = 'next article'
const MAX_HEADING_LENGTH = 100
const MAX_SLUG_LENGTH = 80
// A sentence ends with one of these; a heading does not.
const CLOSING_PUNCTUATION = new Set(['.', '!', '?', ':', ';', ',', '"', '”', "'", '’', ')', '…'])
const DATE_LINE = /^(?:published(?:\s+on)?:?\s+)?(\d{4}-\d{2}-\d{2})$/i

export function importPage(text: string, options: ImportOptions): ImportedPage {
  if (!isCalendarDate(options.today)) {
    throw new Error(`the import date must be a real date as YYYY-MM-DD, got "${options.today}"`)
  }
  const warnings: string[] = []
  const lines = toLines(text)
  const { body: withoutTrailer, previous, next } = splitTrailer(lines, warnings)

  // The prompt is the site's own chrome, not the article's; it becomes a separator so that
  // the lines around it are never glued into one paragraph.
  const bodyLines = withoutTrailer.map((line) => (isPromptLine(line) ? '' : line))

  const titleIndex = bodyLines.findIndex((line) => line !== '')
  const title = bodyLines[titleIndex]
  if (title === undefined) {
    throw new Error('the page has no title line: it is empty or holds only the site prompt')
  }

  let rest = bodyLines.slice(titleIndex + 1)
  const dateIndex = rest.findIndex((line) => line !== '')
  const dateMatch = DATE_LINE.exec(rest[dateIndex] ?? '')
  let date = options.today
  if (dateMatch?.[1] !== undefined && isCalendarDate(dateMatch[1])) {
    date = dateMatch[1]
    rest = rest.slice(dateIndex + 1)
  } else if (dateMatch?.[1] !== undefined) {
    warnings.push(
      `the date line "${dateMatch[0]}" is not a real date; used the import date ${options.today}`,
    )
    rest = rest.slice(dateIndex + 1)
  } else {
    warnings.push(`no date on the page; used the import date ${options.today}`)
  }

  const blocks = classifyBlocks(splitBlocks(rest))
  if (!blocks.some((block) => block.type === 'paragraph')) {
    throw new Error('the page has no paragraphs after its title')
  }

  const frontMatter: Record<string, string> = { title, date }
  if (previous !== undefined) frontMatter.previous = previous
  if (next !== undefined) frontMatter.next = next

  const body = blocks
    .map((block) =>
      block.type === 'heading' ? `## ${escapeHeading(block.text)}` : escapeParagraph(block.text),
    )
    .join('\n\n')
  // No line folding: a long title stays on one line, readable and greppable.
  const yaml = stringify(frontMatter, { lineWidth: 0 })

  return { slug: slugify(title), markdown: `---\n${yaml}---\n\n${body}\n`, warnings }
}

function toLines(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
}

function normalise(line: string): string {
  return line.replace(/\s+/g, ' ').trim().toLowerCase()
}

function isPromptLine(line: string): boolean {
  return PROMPT_LINES.has(normalise(line))
}

function isMarker(line: string): boolean {
  const name = normalise(line)
  return name === PREVIOUS_MARKER || name === NEXT_MARKER
}

// The trailer is taken from the last marker lines, so a page that mentions
// "Next Article" earlier on keeps that text.
function splitTrailer(
  lines: string[],
  warnings: string[],
): { body: string[]; previous: string | undefined; next: string | undefined } {
  const previousAt = lines.findLastIndex((line) => normalise(line) === PREVIOUS_MARKER)
  const nextAt = lines.findLastIndex((line) => normalise(line) === NEXT_MARKER)
  const markers = [previousAt, nextAt].filter((at) => at !== -1)
  if (markers.length === 0) return { body: lines, previous: undefined, next: undefined }

  const trailerStart = Math.min(...markers)
  const titleAfter = (at: number): string | undefined => {
    if (at === -1) return undefined
    const end = lines.findIndex((line, index) => index > at && isMarker(line))
    const content = lines
      .slice(at + 1, end === -1 ? undefined : end)
      .filter((line) => line !== '' && !isPromptLine(line))
    const marker = lines[at] ?? ''
    if (content.length === 0) {
      warnings.push(`"${marker}" has no title after it; that neighbour is left out`)
      return undefined
    }
    if (content.length > 1) {
      warnings.push(
        `"${marker}" is followed by ${content.length} lines; kept the first as the title and dropped the rest`,
      )
    }
    return content[0]
  }

  return {
    body: lines.slice(0, trailerStart),
    previous: titleAfter(previousAt),
    next: titleAfter(nextAt),
  }
}

function splitBlocks(lines: string[]): string[][] {
  const blocks: string[][] = []
  let current: string[] = []
  for (const line of lines) {
    if (line === '') {
      if (current.length > 0) blocks.push(current)
      current = []
    } else {
      current.push(line)
    }
  }
  if (current.length > 0) blocks.push(current)
  return blocks
}

function looksLikeHeading(block: string[]): boolean {
  const [line] = block
  if (block.length !== 1 || line === undefined) return false
  const last = [...line].at(-1) ?? ''
  return (
    [...line].length < MAX_HEADING_LENGTH &&
    !CLOSING_PUNCTUATION.has(last) &&
    /[\p{L}\p{N}]/u.test(line)
  )
}

// A heading sits between paragraphs: after a paragraph and before one. Of two heading-like
// lines in a row, the second heads the text that follows and the first stays a paragraph.
function classifyBlocks(blocks: string[][]): Block[] {
  const result: Block[] = []
  blocks.forEach((block, index) => {
    const following = blocks[index + 1]
    const isHeading =
      looksLikeHeading(block) &&
      result.at(-1)?.type === 'paragraph' &&
      following !== undefined &&
      !looksLikeHeading(following)
    result.push({ type: isHeading ? 'heading' : 'paragraph', text: block.join(' ') })
  })
  return result
}

// Page text must stay text: every character that could open inline markup is escaped,
// and so is anything at the start of a line that could open a block.
function escapeInline(text: string): string {
  return (
    text
      .replace(/[\\`*_[\]<>~]/g, '\\$&')
      // Only "&name;" or "&#123;" is read as a character reference; a lone "&" is text.
      .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&')
      // GFM-style parsers link bare URLs, "www." names and e-mail addresses.
      .replace(/:(?=\/\/)/g, '\\:')
      .replace(/\b(www)\./gi, '$1\\.')
      .replace(/@/g, '\\@')
  )
}

function escapeLineStart(text: string): string {
  return text.replace(/^([#+\-=|])/, '\\$1').replace(/^(\d{1,9})([.)])/, '$1\\$2')
}

function escapeParagraph(text: string): string {
  return escapeLineStart(escapeInline(text))
}

// In a heading, trailing "#"s would be read as its closing sequence.
function escapeHeading(text: string): string {
  return escapeLineStart(escapeInline(text).replace(/#/g, '\\#'))
}

const LETTER_FOLDS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
}

function slugify(title: string): string {
  const words = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßæœøłđðþı]/g, (letter) => LETTER_FOLDS[letter] ?? letter)
    // "Ukraine’s" reads better as "ukraines" than as "ukraine-s".
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (!/[a-z]/.test(words)) return `article-${shortHash(title.normalize('NFC'))}`
  if (words.length <= MAX_SLUG_LENGTH) return words
  const cut = words.slice(0, MAX_SLUG_LENGTH + 1).lastIndexOf('-')
  return (cut > 0 ? words.slice(0, cut) : words.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/, '')
}

// FNV-1a over the UTF-8 bytes: stable across runs and machines, and needs no crypto module.
function shortHash(text: string): string {
  let hash = 0x811c9dc5
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(16).padStart(8, '0')
}

function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const parsed = new Date(Date.UTC(year, month - 1, day))
  return (
    parsed.getUTCFullYear() === year &&
    parsed.getUTCMonth() === month - 1 &&
    parsed.getUTCDate() === day
  )
}
