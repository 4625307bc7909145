import { toMarkdown } from 'mdast-util-to-markdown'
import { expect, test } from 'vitest'
import { readBlocks } from './text-blocks.ts'

const long = 'This paragraph is long enough to be the answer to a question that heads its section.'
const shape = (blocks: string[][]) => readBlocks(blocks).map((node) => node.type)

test('an unpunctuated short line between paragraphs is a heading', () => {
  expect(shape([['Opening.'], ['A Heading'], ['Text.']])).toEqual([
    'paragraph',
    'heading',
    'paragraph',
  ])
})

test('a short question heads a section only when a longer paragraph follows', () => {
  expect(shape([['Opening.'], ['What happens next?'], [long]])).toEqual([
    'paragraph',
    'heading',
    'paragraph',
  ])
  expect(shape([['Opening.'], ['Really?'], ['Yes.']])).toEqual([
    'paragraph',
    'paragraph',
    'paragraph',
  ])
})

test('a line ending in a colon, or starting lowercase, is text', () => {
  expect(shape([['Opening.'], ['The changes include:'], [long]])).toEqual([
    'paragraph',
    'paragraph',
    'paragraph',
  ])
  expect(shape([['Opening.'], ['and then it rained'], [long]])).toEqual([
    'paragraph',
    'paragraph',
    'paragraph',
  ])
})

test('"•" and "- " items are lists, in one block or in blocks of their own', () => {
  const nodes = readBlocks([
    ['Opening.'],
    ['• one', '• two'],
    ['• three'],
    ['- a', '- b', 'wrapped'],
    [long],
  ])
  expect(toMarkdown({ type: 'root', children: nodes })).toBe(
    `Opening.\n\n* one\n* two\n* three\n\n- a\n- b wrapped\n\n${long}\n`,
  )
})

test('a lone dash line stays text', () => {
  expect(shape([['Opening.'], ['- not a list'], [long]])).toEqual([
    'paragraph',
    'paragraph',
    'paragraph',
  ])
})
