import { describe, expect, test } from 'vitest'
import { ContentBuildError, formatProblem } from './content-problem.ts'

describe('formatProblem', () => {
  test('reads file:line:col: field: message, so editors can jump to it', () => {
    expect(
      formatProblem({
        file: 'content/articles/x.md',
        line: 3,
        column: 7,
        field: 'date',
        message: 'must be an ISO 8601 date',
      }),
    ).toBe('content/articles/x.md:3:7: date: must be an ISO 8601 date')
  })
})

describe('ContentBuildError', () => {
  test('carries every problem and lists each on its own line', () => {
    const problems = [
      { file: 'a.md', line: 1, column: 1, field: 'title', message: 'is required' },
      { file: 'b.md', line: 9, column: 4, field: 'link', message: 'is not allowed' },
    ]
    const error = new ContentBuildError(problems)
    expect(error.problems).toEqual(problems)
    expect(error.message.split('\n')).toEqual([
      'a.md:1:1: title: is required',
      'b.md:9:4: link: is not allowed',
    ])
  })
})
