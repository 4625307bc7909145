import { describe, expect, test } from 'vitest'
import { buildArticle, type DraftArticle } from './build-article.ts'
import { buildCollection, LIST_PAGE_SIZE } from './build-collection.ts'
import { formatProblem } from './content-problem.ts'

function draft(file: string, front: string, body = 'Some text.'): DraftArticle {
  const result = buildArticle({ file, text: `---\n${front}\n---\n${body}\n` }, () => [])
  if (!('draft' in result)) throw new Error(result.problems.map(formatProblem).join('\n'))
  return result.draft
}

const problemsOf = (...args: Parameters<typeof buildCollection>) => {
  const result = buildCollection(...args)
  if (!('problems' in result)) throw new Error('expected problems, the collection built')
  return result.problems.map(formatProblem)
}

describe('buildCollection', () => {
  test('orders newest first, then by title, and links each article to its neighbours', () => {
    const result = buildCollection([
      draft('a/older.md', 'title: Older\ndate: 2026-01-01'),
      draft('a/newer-b.md', 'title: B newer\ndate: 2026-02-01'),
      draft('a/newer-a.md', 'title: A newer\ndate: 2026-02-01'),
    ])
    if ('problems' in result) throw new Error('expected a collection')
    expect(result.articles.map((article) => article.slug)).toEqual(['newer-a', 'newer-b', 'older'])
    expect(result.articles.map((article) => [article.previous?.slug, article.next?.slug])).toEqual([
      [undefined, 'newer-b'],
      ['newer-a', 'older'],
      ['newer-b', undefined],
    ])
    expect(result.listPages).toHaveLength(1)
  })

  test('duplicate slugs are reported naming both files', () => {
    expect(
      problemsOf([
        draft('content/articles/2026/harbour.md', 'title: One\ndate: 2026-01-01'),
        draft('content/articles/2025/harbour.md', 'title: Two\ndate: 2026-01-02'),
      ]),
    ).toEqual([
      'content/articles/2026/harbour.md:1:1: slug: "harbour" is also the slug of content/articles/2025/harbour.md: rename one of the two files',
    ])
  })

  test('a duplicate of a file that failed to build is still found', () => {
    expect(
      problemsOf(
        [draft('content/articles/b/harbour.md', 'title: One\ndate: 2026-01-01')],
        [{ file: 'content/articles/a/harbour.md', slug: 'harbour' }],
      ),
    ).toEqual([
      'content/articles/b/harbour.md:1:1: slug: "harbour" is also the slug of content/articles/a/harbour.md: rename one of the two files',
    ])
  })

  test('a link to an article that does not exist is reported where it is', () => {
    expect(
      problemsOf([
        draft(
          'content/articles/a.md',
          'title: A\ndate: 2026-01-01',
          'Text.\n\nSee [b](/articles/b) and [c](/articles/missing).',
        ),
        draft('content/articles/b.md', 'title: B\ndate: 2026-01-01'),
      ]),
    ).toEqual([
      'content/articles/a.md:7:26: link: /articles/missing is not an article in content/articles',
    ])
  })

  test('a link to an article that failed to build is not reported as missing', () => {
    const result = buildCollection(
      [draft('content/articles/a.md', 'title: A\ndate: 2026-01-01', '[b](/articles/b)')],
      [{ file: 'content/articles/b.md', slug: 'b' }],
    )
    expect('articles' in result).toBe(true)
  })

  test('duplicate slugs and missing articles are reported in the same run', () => {
    expect(
      problemsOf([
        draft('x/one.md', 'title: One\ndate: 2026-01-01', '[gone](/articles/gone)'),
        draft('y/one.md', 'title: Two\ndate: 2026-01-01'),
      ]),
    ).toHaveLength(2)
  })

  test('a named neighbour that is not among the articles is kept as a title, with a warning', () => {
    const result = buildCollection([
      draft('a/one.md', 'title: One\ndate: 2026-01-01\nnext: Two\nprevious: Somewhere else'),
      draft('a/two.md', 'title: Two\ndate: 2026-01-02'),
    ])
    if ('problems' in result) throw new Error('expected a collection')
    const one = result.articles.find((article) => article.slug === 'one')
    expect(one?.next).toEqual({ slug: 'two', title: 'Two', date: '2026-01-02' })
    expect(one?.previous).toEqual({ slug: null, title: 'Somewhere else' })
    expect(result.warnings.map(formatProblem)).toEqual([
      'a/one.md:5:1: previous: no article titled "Somewhere else" in content/articles; the reader shows the title without a link',
    ])
  })

  test('the list is split into pages', () => {
    const drafts = Array.from({ length: LIST_PAGE_SIZE + 1 }, (_, i) =>
      draft(`a/article-${i}.md`, `title: Article ${i}\ndate: 2026-01-01`),
    )
    const result = buildCollection(drafts)
    expect('listPages' in result && result.listPages.map((page) => page.articles.length)).toEqual([
      LIST_PAGE_SIZE,
      1,
    ])
  })
})
