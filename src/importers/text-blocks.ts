import type { List, Paragraph, RootContent } from 'mdast'

// A plain-text page's blocks (runs of lines between blank lines) read as a person reads them:
// paragraphs, section headings and bulleted lists.

const MAX_HEADING_LENGTH = 100
const MAX_QUESTION_HEADING_WORDS = 10
// A sentence ends with one of these; a heading does not, except a question ("What next?").
const CLOSING_PUNCTUATION = new Set(['.', '!', '?', ':', ';', ',', '"', '”', "'", '’', ')', '…'])
const QUESTION_MARKS = new Set(['?', '؟', ';', '!'])
// "•", "·", "▪", "●", "–" or "-" and a space start a list item; "*" too, as plain-text exports write it.
const BULLET = /^([•·▪●◦–*-])\s+(\S.*)$/u

type TextBlock =
  | { kind: 'paragraph' | 'heading'; text: string }
  | { kind: 'list'; marker: string; items: string[] }

export function readBlocks(blocks: string[][]): RootContent[] {
  const read = mergeLists(blocks.map(toListOrText))
  const result: TextBlock[] = []
  read.forEach((block, index) => {
    const before = result.at(-1)
    const after = read[index + 1]
    const isHeading =
      block.kind === 'paragraph' &&
      before !== undefined &&
      before.kind !== 'heading' &&
      after !== undefined &&
      !(after.kind === 'paragraph' && headingShape(after.text) !== 'none') &&
      isHeadingInContext(block.text, after)
    result.push(isHeading ? { kind: 'heading', text: block.text } : block)
  })
  return result.map(toNode)
}

function toListOrText(lines: string[]): TextBlock {
  const items: string[] = []
  let marker: string | undefined
  for (const line of lines) {
    const bullet = BULLET.exec(line)
    if (bullet && (marker === undefined || bullet[1] === marker)) {
      marker = bullet[1]
      items.push(bullet[2] ?? '')
    } else if (items.length > 0 && !bullet) {
      // A wrapped item: the line continues the item above it.
      items[items.length - 1] = `${items.at(-1) ?? ''} ${line}`
    } else {
      return { kind: 'paragraph', text: lines.join(' ') }
    }
  }
  return marker === undefined
    ? { kind: 'paragraph', text: lines.join(' ') }
    : { kind: 'list', marker, items }
}

// Items with the same marker in blocks of their own are one list; a lone "- something" is
// text, as a list of one is more often a dash than a list.
function mergeLists(blocks: TextBlock[]): TextBlock[] {
  const merged: TextBlock[] = []
  for (const block of blocks) {
    const last = merged.at(-1)
    if (block.kind === 'list' && last?.kind === 'list' && last.marker === block.marker) {
      last.items.push(...block.items)
    } else {
      merged.push(block.kind === 'list' ? { ...block, items: [...block.items] } : block)
    }
  }
  return merged.map((block) =>
    block.kind === 'list' && block.items.length < 2
      ? { kind: 'paragraph', text: `${block.marker} ${block.items.join(' ')}` }
      : block,
  )
}

function headingShape(text: string): 'plain' | 'question' | 'none' {
  const last = [...text].at(-1) ?? ''
  if ([...text].length >= MAX_HEADING_LENGTH || !/[\p{L}\p{N}]/u.test(text)) return 'none'
  // A heading starts with a capital, a digit or a letter of a script without case, and never
  // with a list marker ("- not a list" is a dash and a sentence, not a title).
  if (/^\p{Ll}/u.test(text) || BULLET.test(text)) return 'none'
  if (!CLOSING_PUNCTUATION.has(last) && !QUESTION_MARKS.has(last)) return 'plain'
  const words = text.split(/\s+/).length
  return QUESTION_MARKS.has(last) && words <= MAX_QUESTION_HEADING_WORDS ? 'question' : 'none'
}

// An unpunctuated short line between paragraphs heads what follows. A short question does
// only when the text it heads is clearly longer: "What happens next?" above a paragraph
// that answers it, not "Really?" in a run of dialogue.
function isHeadingInContext(text: string, after: TextBlock): boolean {
  const shape = headingShape(text)
  if (shape === 'plain') return true
  if (shape === 'none') return false
  const following = after.kind === 'list' ? after.items.join(' ') : after.text
  return following.length >= Math.max(80, 2 * text.length)
}

function toNode(block: TextBlock): RootContent {
  const paragraph = (text: string): Paragraph => ({
    type: 'paragraph',
    children: [{ type: 'text', value: text }],
  })
  if (block.kind !== 'list') {
    return block.kind === 'heading'
      ? { type: 'heading', depth: 2, children: [{ type: 'text', value: block.text }] }
      : paragraph(block.text)
  }
  const list: List = {
    type: 'list',
    ordered: false,
    spread: false,
    children: block.items.map((item) => ({
      type: 'listItem',
      spread: false,
      children: [paragraph(item)],
    })),
  }
  return list
}
