import { describe, expect, test } from 'vitest'
import { buildArticle, type Summariser } from './build-article.ts'
import { MAX_ARTICLE_BLOCKS } from './article-steps/check-body.ts'
import { MAX_ARTICLE_BYTES } from './article-steps/check-size.ts'
import { formatProblem } from './content-problem.ts'
import { formatDate } from './format-date.ts'

const file = 'content/articles/harbour-news.md'
const noSummary: Summariser = () => []
const build = (text: string, summarise: Summariser = noSummary) =>
  buildArticle({ file, text }, summarise)
const problemsOf = (text: string) => {
  const result = build(text)
  if (!('problems' in result)) throw new Error('expected problems, the article built')
  return result.problems.map(formatProblem)
}

const frontMatter = '---\ntitle: Harbour news\ndate: 2026-11-20\n---\n'

describe('buildArticle', () => {
  test('builds an article with sections, ids, word count and a generated summary', () => {
    const result = build(
      `${frontMatter}Opening words here.\n\n## What comes next\n\nMore words follow.\n`,
      ({ paragraphs }) => [{ text: 'A point.', paragraphId: paragraphs[0]?.id ?? 'p-1' }],
    )
    if (!('draft' in result)) throw new Error(result.problems.map(formatProblem).join('\n'))
    expect(result.draft).toMatchObject({
      slug: 'harbour-news',
      title: 'Harbour news',
      displayDate: '20 November 2026',
      lang: 'en',
      dir: 'ltr',
      sections: [{ id: 'what-comes-next', title: 'What comes next' }],
      wordCount: 9,
      summary: { source: 'generated', points: [{ text: 'A point.', paragraphId: 'p-1' }] },
    })
  })

  test('an editor summary is used as written and the summariser is not asked', () => {
    const result = build(
      '---\ntitle: T\ndate: 2026-11-20\nsummary:\n  - One point\n---\nText.\n',
      () => {
        throw new Error('the summariser must not run')
      },
    )
    expect('draft' in result && result.draft.summary).toEqual({
      source: 'editor',
      points: [{ text: 'One point', paragraphId: null }],
    })
  })

  test('an empty editor summary is treated as none: the summariser writes one', () => {
    const result = build('---\ntitle: T\ndate: 2026-11-20\nsummary: []\n---\nText.\n', () => [
      { text: 'Generated.', paragraphId: 'p-1' },
    ])
    expect('draft' in result && result.draft.summary.source).toBe('generated')
  })

  test('an empty body is reported on the line where the body starts', () => {
    expect(problemsOf(`${frontMatter}\n\n   \n`)).toEqual([
      `${file}:5:1: body: is empty: an article needs some text`,
    ])
  })

  test('front matter and body problems are all reported together', () => {
    expect(
      problemsOf('---\ndate: yesterday\n---\nSee [this](javascript:alert(1)).\n\n[x](/nowhere)\n'),
    ).toEqual([
      `${file}:1:1: title: is required and must be text`,
      `${file}:2:7: date: must be an ISO 8601 date such as 2026-11-26`,
      `${file}:4:5: link: "javascript:" links are not allowed (use http, https or mailto)`,
      `${file}:6:1: link: "/nowhere" is not a link Lede can follow: use http(s), mailto, #section or /articles/<slug>`,
    ])
  })

  test('YAML syntax errors are reported with the line of the file', () => {
    expect(problemsOf('---\ntitle: "Harbour\ndate: 2026-11-20\n---\nText.\n')).toEqual([
      `${file}:2:8: front matter: invalid YAML: Missing closing "quote`,
    ])
  })

  test('a file name that is not a slug is reported', () => {
    const result = buildArticle(
      { file: 'content/articles/Harbour News.md', text: `${frontMatter}Text.` },
      noSummary,
    )
    expect('problems' in result && result.problems.map(formatProblem)).toEqual([
      'content/articles/Harbour News.md:1:1: file name: must be a lowercase slug such as my-article.md',
    ])
  })

  test('an article over 2 MB is a clear size error, and nothing else is parsed', () => {
    const body = 'word '.repeat(Math.ceil(MAX_ARTICLE_BYTES / 5) + 1)
    const [problem, ...rest] = problemsOf(`${frontMatter}${body}`)
    expect(rest).toEqual([])
    expect(problem).toMatch(
      new RegExp(`^${file}:1:1: size: the file is \\d+ bytes; the most an article may be is 2 MB$`),
    )
  })

  test('an article with more than 10,000 blocks is a clear size error', () => {
    const body = Array.from({ length: MAX_ARTICLE_BLOCKS + 1 }, (_, i) => `P${i}.`).join('\n\n')
    expect(problemsOf(`${frontMatter}${body}`)).toEqual([
      `${file}:5:1: size: 10001 blocks; the most an article may have is 10,000`,
    ])
    // Ten thousand paragraphs take a few seconds to parse on a busy machine.
  }, 30_000)

  test('exactly 10,000 blocks is allowed', () => {
    const body = Array.from({ length: MAX_ARTICLE_BLOCKS }, (_, i) => `P${i}.`).join('\n\n')
    expect('draft' in build(`${frontMatter}${body}`)).toBe(true)
  }, 30_000)

  test('raw HTML in the body is kept as text, never as markup', () => {
    const result = build(`${frontMatter}<script>alert(1)</script>\n\n<iframe src=x></iframe>\n`)
    expect('draft' in result && result.draft.opening).toEqual([
      {
        type: 'paragraph',
        id: 'p-1',
        children: [{ type: 'text', text: '<script>alert(1)</script>' }],
        sentences: [[0, 25]],
      },
      {
        type: 'paragraph',
        id: 'p-2',
        children: [{ type: 'text', text: '<iframe src=x></iframe>' }],
        sentences: [[0, 23]],
      },
    ])
  })

  test('a right-to-left language sets the direction', () => {
    const result = build('---\ntitle: خبر\ndate: 2026-11-20\nlang: ar\n---\nنص.\n')
    expect('draft' in result && result.draft.dir).toBe('rtl')
  })

  test('the date is written for the reader in the language of the article', () => {
    const result = build('---\ntitle: Νέα\ndate: 2026-11-20\nlang: el\n---\nΚείμενο.\n')
    if (!('draft' in result)) throw new Error('expected the article to build')
    expect(result.draft.displayDate).toBe(formatDate('2026-11-20', 'el'))
    expect(result.draft.displayDate).not.toBe('20 November 2026')
  })
})
