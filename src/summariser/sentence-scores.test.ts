// @vitest-environment node
import { expect, test } from 'vitest'
import { articleSentences } from './article-sentences.ts'
import { DEFAULT_SCORES, sentenceScores } from './sentence-scores.ts'
import { tokenise } from './tokenise.ts'

const input = {
  title: 'Harbour wall repaired',
  lang: 'en',
  paragraphs: [
    {
      id: 'p1',
      text: 'Engineers have finished repairing the harbour wall after winter storms. The weather was mild on Tuesday.',
      section: 0,
    },
    {
      id: 'p2',
      text: 'The storms cracked the harbour wall in two places. Repairing the wall took engineers six weeks. A cafe nearby sells pasties.',
      section: 0,
    },
  ],
}
const sentences = articleSentences(input)
const title = tokenise(input.title, 'en')

test('a sentence that shares the article’s subject outranks an aside', () => {
  const { relevance } = sentenceScores(sentences, title)
  const aside = sentences.findIndex(({ text }) => text.startsWith('A cafe'))
  const central = sentences.findIndex(({ text }) => text.startsWith('The storms'))
  expect(relevance[central]).toBeGreaterThan(relevance[aside] ?? Infinity)
})

test('the lead gains from its position', () => {
  const without = sentenceScores(sentences, title, { ...DEFAULT_SCORES, position: 0 })
  const withPosition = sentenceScores(sentences, title)
  const gain = (i: number) => (withPosition.relevance[i] ?? 0) - (without.relevance[i] ?? 0)
  expect(gain(0)).toBeGreaterThan(gain(3))
})

test('the similarity matrix is symmetric with ones on the diagonal', () => {
  const { similarity } = sentenceScores(sentences, title)
  const n = sentences.length
  for (let i = 0; i < n; i++) {
    expect(similarity[i * n + i]).toBe(1)
    for (let j = 0; j < n; j++) expect(similarity[i * n + j]).toBe(similarity[j * n + i])
  }
})

test('a fragment is scaled down', () => {
  const short = articleSentences({
    ...input,
    paragraphs: [
      {
        id: 'p1',
        text: 'Harbour wall repaired. Engineers repaired the harbour wall after the storms cracked it badly.',
        section: 0,
      },
    ],
  })
  const { relevance } = sentenceScores(short, title, { ...DEFAULT_SCORES, position: 0, title: 0 })
  expect(relevance[0]).toBeLessThan(relevance[1] ?? 0)
})

test('a piece of a longer quotation is scaled down', () => {
  const quoted = articleSentences({
    ...input,
    paragraphs: [
      {
        id: 'p1',
        text: '"The harbour wall held. Engineers repaired the harbour wall quickly," she said.',
        section: 0,
      },
      {
        id: 'p2',
        text: 'The harbour wall held. Engineers repaired the harbour wall quickly, she said.',
        section: 0,
      },
    ],
  })
  const settings = { ...DEFAULT_SCORES, position: 0, title: 0, quoteFragment: 0.5 }
  const { relevance } = sentenceScores(quoted, title, settings)
  // Sentences 0 and 1 are halves of one quotation; 2 and 3 are the same words unquoted.
  expect(relevance[0]).toBeCloseTo((relevance[2] ?? 0) * 0.5, 10)
  expect(relevance[1]).toBeCloseTo((relevance[3] ?? 0) * 0.5, 10)
})

test('no sentences, no scores', () => {
  expect(sentenceScores([], title)).toEqual({ relevance: [], similarity: new Float64Array(0) })
})
