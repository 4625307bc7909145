import { expect, test } from 'vitest'
import { formatProblem } from '../content-problem.ts'
import { startSite } from '../site-draft.ts'
import { linkNeighbours } from './link-neighbours.ts'
import { draftFor } from './site-fixture.ts'

test('neighbours follow the order of the drafts, with none at the ends', () => {
  const { draft } = linkNeighbours(startSite([draftFor('a'), draftFor('b'), draftFor('c')]))
  expect(draft.articles.map((article) => [article.previous?.slug, article.next?.slug])).toEqual([
    [undefined, 'b'],
    ['a', 'c'],
    ['b', undefined],
  ])
})

test('a named neighbour is found by title, whatever its case and spacing, or by slug', () => {
  const { draft } = linkNeighbours(
    startSite([
      draftFor('a', {
        namedNext: { title: '  the  HARBOUR ', line: 4 },
        namedPrevious: { title: 'c', line: 5 },
      }),
      draftFor('b', { title: 'The harbour' }),
      draftFor('c', { title: 'Sea' }),
    ]),
  )
  expect(draft.articles[0]).toMatchObject({
    next: { slug: 'b', title: 'The harbour' },
    previous: { slug: 'c', title: 'Sea' },
  })
  expect(draft.warnings).toEqual([])
})

test('a named neighbour not among the articles, or the article itself, is kept as a title', () => {
  const { draft } = linkNeighbours(
    startSite([
      draftFor('a', {
        title: 'Self',
        namedNext: { title: 'Self', line: 4 },
        namedPrevious: { title: 'Elsewhere', line: 5 },
      }),
    ]),
  )
  expect(draft.articles[0]).toMatchObject({
    next: { slug: null, title: 'Self' },
    previous: { slug: null, title: 'Elsewhere' },
  })
  expect(draft.warnings.map(formatProblem)).toEqual([
    'content/articles/a.md:5:1: previous: no article titled "Elsewhere" in content/articles; the reader shows the title without a link',
    'content/articles/a.md:4:1: next: no article titled "Self" in content/articles; the reader shows the title without a link',
  ])
})
