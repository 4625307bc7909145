import { expect, test } from 'vitest'
import { startDraft } from '../article-draft.ts'
import { formatProblem } from '../content-problem.ts'
import { parseBody } from './parse-body.ts'
import { resolveFragments } from './resolve-fragments.ts'
import { slugHeadings } from './slug-headings.ts'

const file = 'content/articles/a.md'
const resolve = (body: string) => {
  const parsed = parseBody({ ...startDraft({ file, text: '' }), body, bodyLine: 5 }).draft
  return resolveFragments(slugHeadings(parsed).draft)
}
const hrefs = (body: string) =>
  JSON.stringify(resolve(body).draft)
    .match(/"href":"[^"]*"/g)
    ?.map((match) => match.slice(8, -1))

test('a link to a heading by its id, or by its words, leads to that heading', () => {
  const body =
    'See [a](#background-section), [b](#background), [c](#What-Comes-Next) and [d](#aside).\n\n## Background\n\nText.\n\n## What comes next\n\n### Aside\n\nMore.'
  expect(resolve(body).problems ?? []).toEqual([])
  expect(hrefs(body)).toEqual([
    '#background-section',
    '#background-section',
    '#what-comes-next',
    '#aside-section',
  ])
})

test('links to paragraphs and notes are places too', () => {
  const body = 'One[^n] and [back](#p-1) [note](#fn-1) [call](#fnref-1).\n\n[^n]: A note.'
  expect(resolve(body).problems ?? []).toEqual([])
})

test('a link to a place that is not in the article is reported where it is', () => {
  expect(
    resolve('Text.\n\n## Background\n\nSee [x](#nowhere).').problems?.map(formatProblem),
  ).toEqual([
    `${file}:9:5: link: "#nowhere" is no heading of this article (its sections are #background-section): link to a heading by its words or its id`,
  ])
})
