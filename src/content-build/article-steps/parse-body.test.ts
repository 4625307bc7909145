import { expect, test } from 'vitest'
import { startDraft } from '../article-draft.ts'
import { formatProblem } from '../content-problem.ts'
import { parseBody } from './parse-body.ts'

const file = 'content/articles/a.md'
const parse = (body: string) => parseBody({ ...startDraft({ file, text: '' }), body, bodyLine: 5 })

test('the body becomes an opening and raw sections, with links to other articles noted', () => {
  const { draft, problems } = parse('Opening.\n\n## Part one\n\nSee [b](/articles/b).\n')
  expect(problems).toEqual([])
  expect(draft.opening).toEqual([
    { type: 'paragraph', id: 'p-1', children: [{ type: 'text', text: 'Opening.' }] },
  ])
  expect(draft.rawSections.map((section) => [section.title, section.line])).toEqual([
    ['Part one', 7],
  ])
  expect(draft.articleLinks).toEqual([{ slug: 'b', line: 9, column: 5 }])
})

test('body problems are reported at lines of the file', () => {
  expect(parse('\n[x](javascript:alert(1))\n').problems?.map(formatProblem)).toEqual([
    `${file}:6:1: link: "javascript:" links are not allowed (use http, https or mailto)`,
  ])
})
