// @vitest-environment node
import { expect, test } from 'vitest'
import { articleSentences } from './article-sentences.ts'

const input = {
  title: 'Tram line opens',
  lang: 'en',
  paragraphs: [
    { id: 'intro', text: 'The tram line opened today. Riders queued early.', section: 0 },
    { id: 'cost', text: 'It cost £40m.', section: 1 },
    { id: 'more', text: 'Fares start at £1. Children ride free.', section: 1 },
  ],
}

test('numbers every sentence in the article, its section and its paragraph', () => {
  const sentences = articleSentences(input)
  expect(
    sentences.map(({ text, paragraphId, section, index, indexInSection, indexInParagraph }) => [
      text,
      paragraphId,
      section,
      index,
      indexInSection,
      indexInParagraph,
    ]),
  ).toEqual([
    ['The tram line opened today.', 'intro', 0, 0, 0, 0],
    ['Riders queued early.', 'intro', 0, 1, 1, 1],
    ['It cost £40m.', 'cost', 1, 2, 0, 0],
    ['Fares start at £1.', 'more', 1, 3, 1, 0],
    ['Children ride free.', 'more', 1, 4, 2, 1],
  ])
})

test('carries the tokens of each sentence', () => {
  expect(articleSentences(input)[0]?.tokens).toEqual(['tram', 'line', 'open', 'todai'])
})

test('an article without text has no sentences', () => {
  expect(articleSentences({ ...input, paragraphs: [] })).toEqual([])
  expect(
    articleSentences({ ...input, paragraphs: [{ id: 'p1', text: '  ', section: 0 }] }),
  ).toEqual([])
})
