import { describe, expect, test } from 'vitest'
import { formatProblem, type ContentProblem } from './content-problem.ts'
import { parseFrontMatter, splitFrontMatter, type FrontMatter } from './front-matter.ts'

const file = 'content/articles/example.md'

// Parses the front matter of a whole file, as the build does, so lines are the file's lines.
function parse(text: string): FrontMatter | string[] {
  const split = splitFrontMatter(file, text)
  if ('field' in split) return [formatProblem(split)]
  const result = parseFrontMatter(file, split.frontMatter)
  return Array.isArray(result) ? result.map(formatProblem) : result
}

const problemsOf = (text: string): string[] => {
  const result = parse(text)
  if (!Array.isArray(result)) throw new Error('expected problems, the front matter parsed')
  return result
}

describe('splitFrontMatter', () => {
  test('remembers the line the body starts on', () => {
    const split = splitFrontMatter(file, '---\ntitle: T\ndate: 2026-01-01\n---\nBody\n')
    expect(split).toMatchObject({ frontMatter: 'title: T\ndate: 2026-01-01', bodyLine: 5 })
  })

  test('a file without opening dashes is a problem on line 1', () => {
    expect(splitFrontMatter(file, 'title: T\n')).toMatchObject<Partial<ContentProblem>>({
      line: 1,
      column: 1,
      field: 'front matter',
    })
  })

  test('front matter that is never closed is a problem', () => {
    const split = splitFrontMatter(file, '---\ntitle: T\n')
    expect('field' in split && split.message).toMatch(/not closed/)
  })
})

describe('parseFrontMatter', () => {
  test('reads every known key and fills the defaults', () => {
    expect(
      parse('---\ntitle: " A title "\ndate: 2026-11-26\nsummary:\n  - One\n  - "  "\n---\n'),
    ).toEqual({
      title: 'A title',
      date: '2026-11-26',
      standfirst: null,
      author: null,
      summary: ['One'],
      lang: 'en',
      tags: [],
      featured: false,
      previous: null,
      next: null,
    })
  })

  test('a missing title is reported', () => {
    expect(problemsOf('---\ndate: 2026-01-01\n---\n')).toEqual([
      `${file}:1:1: title: is required and must be text`,
    ])
  })

  test('a missing date is reported', () => {
    expect(problemsOf('---\ntitle: T\n---\n')).toEqual([
      `${file}:1:1: date: is required: an ISO 8601 date such as 2026-11-26`,
    ])
  })

  test('a date that is not ISO 8601 is reported at the value', () => {
    expect(problemsOf('---\ntitle: T\ndate: yesterday\n---\n')).toEqual([
      `${file}:3:7: date: must be an ISO 8601 date such as 2026-11-26`,
    ])
  })

  test('tags written as one string are reported at the value', () => {
    expect(problemsOf('---\ntitle: T\ndate: 2026-01-01\ntags: "a,b"\n---\n')).toEqual([
      `${file}:4:7: tags: must be a list, such as [city, transport]`,
    ])
  })

  test('featured reads true or false, and anything else is reported at the value', () => {
    expect(parse('---\ntitle: T\ndate: 2026-01-01\nfeatured: true\n---\n')).toMatchObject({
      featured: true,
    })
    expect(problemsOf('---\ntitle: T\ndate: 2026-01-01\nfeatured: "yes"\n---\n')).toEqual([
      `${file}:4:11: featured: must be true or false, such as featured: true`,
    ])
  })

  test('an unknown key is reported at the key and the known keys are listed', () => {
    const [problem, ...rest] = problemsOf('---\ntitle: T\ndate: 2026-01-01\nauthr: Kim\n---\n')
    expect(rest).toEqual([])
    expect(problem).toMatch(new RegExp(`^${file}:4:1: authr: is not a known key \\(known: title`))
  })

  test('an unclosed quote is reported where the quote opens', () => {
    expect(problemsOf('---\ntitle: "Harbour news\ndate: 2026-01-01\n---\n')).toEqual([
      `${file}:2:8: front matter: invalid YAML: Missing closing "quote`,
    ])
  })

  test('bad indentation is reported on the line where it goes wrong', () => {
    const problems = problemsOf('---\ntitle: T\ndate: 2026-01-01\nsummary:\n  - One\n - Two\n---\n')
    expect(problems.length).toBeGreaterThan(0)
    for (const problem of problems) expect(problem).toMatch(/:6:\d+: front matter: invalid YAML: /)
  })

  test('a key given twice is reported on its second line', () => {
    expect(problemsOf('---\ntitle: T\ntitle: U\ndate: 2026-01-01\n---\n')).toEqual([
      `${file}:3:1: front matter: invalid YAML: Map keys must be unique`,
    ])
  })

  test('every problem in the front matter is reported at once', () => {
    expect(problemsOf('---\ndate: yesterday\ntags: "a,b"\ncolour: red\n---\n')).toHaveLength(4)
  })

  test.each([
    ['no value', 'summary:\n'],
    ['an empty list', 'summary: []\n'],
    ['an empty string', 'summary: ""\n'],
    ['only blank points', 'summary:\n  - ""\n  - "  "\n'],
  ])('an empty editor summary (%s) is treated as none', (_, summary) => {
    expect(parse(`---\ntitle: T\ndate: 2026-01-01\n${summary}---\n`)).toMatchObject({
      summary: [],
    })
  })
})
