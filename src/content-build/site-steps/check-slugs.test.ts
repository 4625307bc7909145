import { expect, test } from 'vitest'
import { formatProblem } from '../content-problem.ts'
import { startSite } from '../site-draft.ts'
import { checkSlugs } from './check-slugs.ts'
import { draftFor } from './site-fixture.ts'

test('a slug used twice is reported on the later file, naming the first', () => {
  const result = checkSlugs(
    startSite(
      [
        draftFor('harbour', { file: 'content/articles/b/harbour.md' }),
        draftFor('other', { file: 'content/articles/other.md' }),
      ],
      [{ file: 'content/articles/a/harbour.md', slug: 'harbour' }],
    ),
  )
  expect(result.problems?.map(formatProblem)).toEqual([
    'content/articles/b/harbour.md:1:1: slug: "harbour" is also the slug of content/articles/a/harbour.md: rename one of the two files',
  ])
})

test('distinct slugs pass', () => {
  expect(checkSlugs(startSite([draftFor('a'), draftFor('b')])).problems).toEqual([])
})
