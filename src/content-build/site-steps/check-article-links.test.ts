import { expect, test } from 'vitest'
import { formatProblem } from '../content-problem.ts'
import { startSite } from '../site-draft.ts'
import { checkArticleLinks } from './check-article-links.ts'
import { draftFor } from './site-fixture.ts'

test('links to articles are checked against every file, built or failed', () => {
  const result = checkArticleLinks(
    startSite(
      [
        draftFor('a', {
          articleLinks: [
            { slug: 'b', line: 3, column: 1 },
            { slug: 'gone', line: 4, column: 9 },
          ],
        }),
      ],
      [
        {
          file: 'content/articles/b.md',
          slug: 'b',
          articleLinks: [{ slug: 'also-gone', line: 7, column: 2 }],
        },
      ],
    ),
  )
  expect(result.problems?.map(formatProblem)).toEqual([
    'content/articles/a.md:4:9: link: /articles/gone is not an article in content/articles',
    'content/articles/b.md:7:2: link: /articles/also-gone is not an article in content/articles',
  ])
})
