// @vitest-environment node
import fc from 'fast-check'
import { expect, test } from 'vitest'
import { sentenceSpans, splitSentences } from './split-sentences.ts'

test('titles do not end sentences', () => {
  expect(splitSentences('Mr. Smith met Mrs. Jones. Dr. Brown was there.')).toEqual([
    'Mr. Smith met Mrs. Jones.',
    'Dr. Brown was there.',
  ])
})

test('dotted acronyms end a sentence only where one ends', () => {
  expect(
    splitSentences('The U.S. economy grew. The U.K. did not. Talks with U.S. President Bush.'),
  ).toEqual(['The U.S. economy grew.', 'The U.K. did not.', 'Talks with U.S. President Bush.'])
  expect(splitSentences('He lived in the U.S.A. He moved.')).toEqual([
    'He lived in the U.S.A.',
    'He moved.',
  ])
})

test('month abbreviations and initials stay inside their sentence', () => {
  expect(splitSentences('It was signed in Sept. last year by J. R. Smith. Shares rose.')).toEqual([
    'It was signed in Sept. last year by J. R. Smith.',
    'Shares rose.',
  ])
  expect(splitSentences('The vote is on Sept. 12 this year. It matters.')).toEqual([
    'The vote is on Sept. 12 this year.',
    'It matters.',
  ])
})

test('money and decimals', () => {
  expect(
    splitSentences('The firm made £8m. Its rival made £9.5m. It spent £8m. last year.'),
  ).toEqual(['The firm made £8m.', 'Its rival made £9.5m.', 'It spent £8m. last year.'])
  expect(splitSentences('Growth was 3.5% in 2004. The year before it was 2.1%.')).toEqual([
    'Growth was 3.5% in 2004.',
    'The year before it was 2.1%.',
  ])
})

test('quotes: a closing quote ends a sentence, an attribution does not', () => {
  expect(splitSentences('"We are happy," he said. "Very happy."')).toEqual([
    '"We are happy," he said.',
    '"Very happy."',
  ])
  expect(splitSentences('“It was close,” she said. “Too close.” Then she left.')).toEqual([
    '“It was close,” she said.',
    '“Too close.”',
    'Then she left.',
  ])
  expect(splitSentences('"Stop!" he shouted. Nobody did.')).toEqual([
    '"Stop!" he shouted.',
    'Nobody did.',
  ])
})

test('a quote mark between sentences with no space belongs to one of them only', () => {
  expect(splitSentences('He said "Yes."No one agreed.')).toEqual([
    'He said "Yes."',
    'No one agreed.',
  ])
})

test('a quote left open for the next paragraph does not swallow this one', () => {
  expect(splitSentences('"We are happy. The team did well. We will win.')).toEqual([
    '"We are happy.',
    'The team did well.',
    'We will win.',
  ])
})

test('ellipses end a sentence before a capital only', () => {
  expect(splitSentences('Wait... what happened? Nothing… Then it ended.')).toEqual([
    'Wait... what happened?',
    'Nothing…',
    'Then it ended.',
  ])
})

test('non-English text still splits', () => {
  expect(splitSentences('Le marché a progressé. Les analystes sont surpris.')).toEqual([
    'Le marché a progressé.',
    'Les analystes sont surpris.',
  ])
  expect(splitSentences('東京は晴れです。大阪は雨です。')).toEqual([
    '東京は晴れです。',
    '大阪は雨です。',
  ])
})

test('a paragraph without letters or digits has no sentences', () => {
  expect(splitSentences('')).toEqual([])
  expect(splitSentences(' * * * ')).toEqual([])
})

test('every sentence is a trimmed piece of the paragraph, in order', () => {
  const words = [
    'The',
    'U.S.',
    'Mr.',
    'said',
    '"Yes."',
    '3.5',
    'J.',
    '(aside)',
    '…',
    'end.',
    'Why?',
  ]
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...words), { maxLength: 30 }), (picked) => {
      const paragraph = picked.join(' ')
      let from = 0
      for (const sentence of splitSentences(paragraph)) {
        expect(sentence).toBe(sentence.trim())
        const at = paragraph.indexOf(sentence, from)
        expect(at).toBeGreaterThanOrEqual(from)
        from = at + sentence.length
      }
    }),
  )
})

test('sentence spans are the offsets of exactly the sentences split', () => {
  const paragraph = '  “We are delighted,” said Dr. Reed.  The U.S. team agreed… Mostly. '
  const spans = sentenceSpans(paragraph)
  expect(spans.map(({ start, end }) => paragraph.slice(start, end))).toEqual(
    splitSentences(paragraph),
  )
  expect(spans.length).toBeGreaterThan(1)
  for (const { start, end } of spans) {
    expect(paragraph.slice(start, end)).toBe(paragraph.slice(start, end).trim())
  }
})
