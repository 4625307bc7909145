import { expect, test } from 'vitest'
import { startDraft } from '../article-draft.ts'
import { formatProblem } from '../content-problem.ts'
import { splitSource } from './split-source.ts'

const file = 'content/articles/a.md'

test('splits the front matter from the body and remembers the body line', () => {
  const { draft, problems } = splitSource(
    startDraft({ file, text: '---\ntitle: T\ndate: 2026-01-01\n---\nBody.\n' }),
  )
  expect(problems ?? []).toEqual([])
  expect(draft).toMatchObject({
    frontMatterText: 'title: T\ndate: 2026-01-01',
    body: 'Body.\n',
    bodyLine: 5,
  })
})

test('front matter that never closes halts with where to add the dashes', () => {
  const result = splitSource(startDraft({ file, text: '---\ntitle: T\nBody.\n' }))
  expect(result.halt).toBe(true)
  expect(result.problems?.map(formatProblem)).toEqual([
    `${file}:1:1: front matter: is not closed: add a line of three dashes (---)`,
  ])
})
