// @vitest-environment node
import { expect, test } from 'vitest'
import { leadSentences } from './lead-sentences.ts'

const input = {
  title: 'A made-up story',
  lang: 'en',
  paragraphs: [
    { id: 'p1', text: 'First sentence. Second sentence.', section: 0 },
    { id: 'p2', text: 'Third sentence. Fourth sentence.', section: 1 },
  ],
}

test('takes the first k sentences across paragraphs', () => {
  expect(leadSentences(input, 3)).toEqual([
    'First sentence.',
    'Second sentence.',
    'Third sentence.',
  ])
  expect(leadSentences(input, 1)).toEqual(['First sentence.'])
})

test('stops at the end of a short article', () => {
  expect(leadSentences(input, 10)).toHaveLength(4)
  expect(leadSentences(input, 0)).toEqual([])
})
