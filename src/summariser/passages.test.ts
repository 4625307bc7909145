// @vitest-environment node
import { expect, test } from 'vitest'
import { articleSentences } from './article-sentences.ts'
import { passages } from './passages.ts'

const of = (...paragraphs: string[]) =>
  passages(
    articleSentences({
      title: 'T',
      lang: 'en',
      paragraphs: paragraphs.map((text, index) => ({ id: `p${index}`, text, section: 0 })),
    }),
  )

test('a sentence that stands alone is its own passage', () => {
  expect(of('Prices rose. Wages fell.')).toEqual([
    { first: 0, last: 0, standsAlone: true },
    { first: 1, last: 1, standsAlone: true },
  ])
})

test('a pronoun brings the sentence that names its subject', () => {
  expect(of('Ann Reid was elected. She won by 40 votes.')[1]).toEqual({
    first: 0,
    last: 1,
    standsAlone: true,
  })
})

test('a quotation comes whole, and so does its speaker', () => {
  const found = of('"It was hard. We won," said Ann Reid. "It was fair."')
  expect(found[0]).toEqual({ first: 0, last: 1, standsAlone: true })
  expect(found[1]).toEqual({ first: 0, last: 1, standsAlone: true })
  expect(found[2]).toEqual({ first: 0, last: 2, standsAlone: true })
})

test('never beyond the paragraph: then the sentence is alone and does not stand alone', () => {
  expect(of('Ann Reid was elected.', 'She won by 40 votes.')[1]).toEqual({
    first: 1,
    last: 1,
    standsAlone: false,
  })
})
