import { expect, test } from 'vitest'
import { startDraft } from '../article-draft.ts'
import { formatProblem } from '../content-problem.ts'
import { checkFileName } from './check-file-name.ts'

const check = (file: string) =>
  (checkFileName(startDraft({ file, text: '' })).problems ?? []).map(formatProblem)

test('a lowercase slug with hyphens passes, in any folder', () => {
  expect(check('content/articles/2026/harbour-news-2.md')).toEqual([])
})

test.each(['Harbour News.md', 'harbour_news.md', '-harbour.md', 'harbour--news.md'])(
  '%s is reported',
  (name) => {
    expect(check(`content/articles/${name}`)).toEqual([
      `content/articles/${name}:1:1: file name: must be a lowercase slug such as my-article.md`,
    ])
  },
)
