// @vitest-environment node
import fc from 'fast-check'
import { split } from 'sentence-splitter'
import { expect, test } from 'vitest'
import { segmentSentences } from './segment-sentences.ts'

function libraryTexts(text: string): string[] {
  return split(text).flatMap((node) => (node.type === 'Sentence' ? [node.raw.trimEnd()] : []))
}

function segmentTexts(text: string): string[] {
  return segmentSentences(text).map(({ start, end }) => text.slice(start, end))
}

// Pieces chosen to reach every rule the splitter has: listed abbreviations, initials, numbered
// items, dotted acronyms, exclamation words, pair marks that open and close, other separators.
const pieces = [
  'the',
  'sales',
  'rose',
  'He',
  'She',
  'The',
  'Smith',
  'London',
  'it',
  'said',
  'ill',
  'Ill.',
  'Mr.',
  'Dr.',
  'Sept.',
  'Inc.',
  'No.',
  'U.S.',
  'U.S.A.',
  'a.m.',
  'J.',
  'R.',
  'A.',
  'I',
  '3.',
  '2004.',
  '3.5',
  '£8m.',
  'Yahoo!',
  'yes?',
  'no!',
  'Why?!',
  'end.',
  'End.',
  'done...',
  'wait…',
  '(',
  ')',
  '(aside).',
  '"',
  '"quoted."',
  '[',
  ']',
  '{',
  '}',
  '「',
  '」',
  '。',
  '．',
  '?',
  '!',
  '.',
  '...',
  'x.y',
  'e.g.',
  'etc.',
  'Gov.',
  'St.',
  'Mt.',
]
const separators = [' ', ' ', ' ', '  ', '', '\n', '\t']

const newsLikeText = fc
  .array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(...separators)), { maxLength: 40 })
  .map((parts) => parts.map(([piece, gap]) => piece + gap).join(''))

test('gives exactly the sentences sentence-splitter gives, on any mix of news text', () => {
  fc.assert(
    fc.property(newsLikeText, (text) => {
      expect(segmentTexts(text)).toEqual(libraryTexts(text))
    }),
    { numRuns: 3000 },
  )
}, 30_000)

test('agrees with sentence-splitter on arbitrary strings', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 60 }), (text) => {
      expect(segmentTexts(text)).toEqual(libraryTexts(text))
    }),
    { numRuns: 2000 },
  )
}, 30_000)

test('finds plain sentences without help', () => {
  const text = 'Sales rose. Profits fell! Why? Nobody knows'
  expect(segmentTexts(text)).toEqual(['Sales rose.', 'Profits fell!', 'Why?', 'Nobody knows'])
})

test('leaves abbreviations and bracketed full stops to the splitter', () => {
  expect(segmentTexts('Mr. Smith went to Washington. He met Dr. Jones.')).toEqual([
    'Mr. Smith went to Washington.',
    'He met Dr. Jones.',
  ])
  expect(segmentTexts('Sales rose (by 5%. Really). Next.')).toEqual([
    'Sales rose (by 5%. Really).',
    'Next.',
  ])
})

test('keeps decimals inside a sentence', () => {
  expect(segmentTexts('Growth was 3.5% last year. It slowed.')).toEqual([
    'Growth was 3.5% last year.',
    'It slowed.',
  ])
})

test('gives ranges into the text, skipping the space between sentences', () => {
  expect(segmentSentences('  One.  Two. ')).toEqual([
    { start: 2, end: 6 },
    { start: 8, end: 12 },
  ])
  expect(segmentSentences('   ')).toEqual([])
})
