import { expect, test } from 'vitest'
import type { Block } from '../../articles/block-schema.ts'
import { startDraft } from '../article-draft.ts'
import { formatProblem } from '../content-problem.ts'
import { checkBody, MAX_ARTICLE_BLOCKS } from './check-body.ts'

const file = 'content/articles/a.md'
const paragraph = (n: number): Block => ({ type: 'paragraph', id: `p-${n}`, children: [] })
const check = (opening: Block[], sections: Block[][] = []) =>
  (
    checkBody({
      ...startDraft({ file, text: '' }),
      bodyLine: 5,
      opening,
      rawSections: sections.map((blocks, index) => ({ title: `S${index}`, line: 9, blocks })),
    }).problems ?? []
  ).map(formatProblem)

test('an empty body is reported on the line where the body starts', () => {
  expect(check([])).toEqual([`${file}:5:1: body: is empty: an article needs some text`])
})

test('a body of headings alone is reported: there is nothing to read or summarise', () => {
  const only = `${file}:5:1: body: has only headings: write the text that goes under them`
  expect(check([], [[]])).toEqual([only])
  expect(check([{ type: 'subheading', children: [] }], [[]])).toEqual([only])
  expect(check([], [[], [paragraph(1)]])).toEqual([])
})

test('a heading counts as a block, together with the blocks of its section', () => {
  const blocks = Array.from({ length: MAX_ARTICLE_BLOCKS - 1 }, (_, n) => paragraph(n))
  expect(check([], [blocks])).toEqual([])
  expect(check([paragraph(0)], [blocks])).toEqual([
    `${file}:5:1: size: 10001 blocks; the most an article may have is 10,000`,
  ])
})
