import { expect, test } from 'vitest'
import { LeadImageSchema } from '../../articles/picture-schema.ts'
import { ArticleHeadSchema } from '../article-parts.ts'
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

test("a head's text is what the head schema's parse makes of the draft, byte for byte", () => {
  const file = (ext: string, width: number) => ({ src: `/images/otter-abc-${width}.${ext}`, width })
  // Fields in another order than the schema's, as a lead image gets its files after its text.
  const image = {
    alt: 'An otter',
    caption: null,
    credit: 'Helen Marsh',
    src: '/images/otter-abc-800.png',
    width: 1200,
    height: 675,
    type: 'image/png' as const,
    avif: [file('avif', 1200)],
    webp: [file('webp', 1200)],
    fallback: [file('png', 800), file('png', 1200)],
  }
  const drafts = [
    draftFor('a', { featured: true, image, tags: ['sea'], author: 'Helen Marsh' }),
    draftFor('b', { namedNext: { title: 'Elsewhere', line: 4 } }),
    draftFor('c'),
  ]
  const { draft } = linkNeighbours(startSite(drafts))
  expect(draft.articles.map((head) => JSON.stringify(head))).toEqual(
    draft.articles.map((head, index) =>
      JSON.stringify(
        ArticleHeadSchema.parse({ ...drafts[index], previous: head.previous, next: head.next }),
      ),
    ),
  )
  expect(Object.keys(draft.articles[0]?.image ?? {})).toEqual(
    Object.keys(LeadImageSchema.parse(image)),
  )
})
