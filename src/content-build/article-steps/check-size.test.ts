import { expect, test } from 'vitest'
import { startDraft } from '../article-draft.ts'
import { formatProblem } from '../content-problem.ts'
import { checkSize, MAX_ARTICLE_BYTES } from './check-size.ts'

const file = 'content/articles/big.md'

test('a file of 2 MB passes', () => {
  const result = checkSize(startDraft({ file, text: 'a'.repeat(MAX_ARTICLE_BYTES) }))
  expect(result.problems ?? []).toEqual([])
  expect(result.halt).toBeFalsy()
})

test('a file over 2 MB, counted in bytes, halts the build of that file', () => {
  // 'é' is two bytes in UTF-8: a million of them and one more is over the limit.
  const result = checkSize(startDraft({ file, text: 'é'.repeat(MAX_ARTICLE_BYTES / 2 + 1) }))
  expect(result.halt).toBe(true)
  expect(result.problems?.map(formatProblem)).toEqual([
    `${file}:1:1: size: the file is ${MAX_ARTICLE_BYTES + 2} bytes; the most an article may be is 2 MB`,
  ])
})

test('a file of three-byte characters is measured in bytes on either side of the limit', () => {
  const most = Math.floor(MAX_ARTICLE_BYTES / 3)
  expect(checkSize(startDraft({ file, text: '€'.repeat(most) })).halt).toBeFalsy()
  expect(checkSize(startDraft({ file, text: '€'.repeat(most + 1) })).halt).toBe(true)
})
