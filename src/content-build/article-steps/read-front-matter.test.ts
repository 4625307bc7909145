import { expect, test } from 'vitest'
import { startDraft } from '../article-draft.ts'
import { formatProblem } from '../content-problem.ts'
import { readFrontMatter } from './read-front-matter.ts'

const file = 'content/articles/a.md'
const read = (frontMatterText: string) =>
  readFrontMatter({ ...startDraft({ file, text: '' }), frontMatterText })

test('valid front matter is kept on the draft', () => {
  const { draft, problems } = read('title: Harbour\ndate: 2026-11-20\nlang: el')
  expect(problems ?? []).toEqual([])
  expect(draft.frontMatter).toMatchObject({ title: 'Harbour', date: '2026-11-20', lang: 'el' })
})

test('problems are reported at lines of the file and the step does not halt', () => {
  const result = read('title: T\ndate: yesterday')
  expect(result.halt).toBeFalsy()
  expect(result.draft.frontMatter).toBeNull()
  expect(result.problems?.map(formatProblem)).toEqual([
    `${file}:3:7: date: must be an ISO 8601 date such as 2026-11-26`,
  ])
})
