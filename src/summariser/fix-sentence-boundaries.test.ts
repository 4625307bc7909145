// @vitest-environment node
import { expect, test } from 'vitest'
import { fixSentenceBoundaries } from './fix-sentence-boundaries.ts'
import type { Span } from './segment-sentences.ts'

function texts(text: string, spans: Span[]): string[] {
  return fixSentenceBoundaries(text, spans).map(({ start, end }) => text.slice(start, end))
}

// Ranges of the given pieces of `text`, as a splitter would return them.
function spansOf(text: string, pieces: string[]): Span[] {
  let from = 0
  return pieces.map((piece) => {
    const start = text.indexOf(piece, from)
    from = start + piece.length
    return { start, end: from }
  })
}

test('joins a cut made after an initial', () => {
  const text = 'It was signed by J. R. Smith. Shares rose.'
  const cut = spansOf(text, ['It was signed by J.', 'R. Smith.', 'Shares rose.'])
  expect(texts(text, cut)).toEqual(['It was signed by J. R. Smith.', 'Shares rose.'])
})

test('joins every cut in a run that should not have been made', () => {
  const text = 'It came at 10 a.m. on the day. Then it went.'
  const cut = spansOf(text, ['It came at 10 a.m.', 'on the day.', 'Then it went.'])
  expect(texts(text, cut)).toEqual(['It came at 10 a.m. on the day.', 'Then it went.'])
})

test('splits where a numbered-item rule hid a sentence end', () => {
  const text = 'He was born in 1990. The firm grew.'
  expect(texts(text, [{ start: 0, end: text.length }])).toEqual([
    'He was born in 1990.',
    'The firm grew.',
  ])
})

test('splits after an ellipsis before a capital', () => {
  const text = 'It was great… Then it ended.'
  expect(texts(text, [{ start: 0, end: text.length }])).toEqual(['It was great…', 'Then it ended.'])
})

test('does not split inside brackets', () => {
  const text = 'Sales rose (as of 2004. The figures are new). Next.'
  const cut = spansOf(text, ['Sales rose (as of 2004. The figures are new).', 'Next.'])
  expect(texts(text, cut)).toEqual(['Sales rose (as of 2004. The figures are new).', 'Next.'])
})

test('leaves good sentences alone and copies nothing it is given', () => {
  const text = 'One. Two.'
  const spans = spansOf(text, ['One.', 'Two.'])
  const fixed = fixSentenceBoundaries(text, spans)
  expect(fixed).toEqual(spans)
  expect(fixed[0]).not.toBe(spans[0])
  expect(fixSentenceBoundaries('', [])).toEqual([])
})
