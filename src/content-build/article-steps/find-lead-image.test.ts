import { expect, test } from 'vitest'
import { startDraft } from '../article-draft.ts'
import { formatProblem } from '../content-problem.ts'
import { parseFrontMatter } from '../front-matter.ts'
import { findLeadImage } from './find-lead-image.ts'

const file = 'content/articles/otters.md'
const draftOf = (frontMatterText: string) => {
  const frontMatter = parseFrontMatter(file, frontMatterText)
  if (Array.isArray(frontMatter)) throw new Error(frontMatter.map(formatProblem).join('\n'))
  return { ...startDraft({ file, text: '' }), frontMatterText, frontMatter }
}

test('the front matter image becomes the lead image, remembered where its src is', () => {
  const result = findLeadImage(
    draftOf(
      'title: Otters\ndate: 2026-11-19\nimage:\n  src: ../images/otter.jpg\n  alt: An otter on a log\n  caption: At dawn.\n  credit: Helen Marsh\n',
    ),
  )
  expect(result.problems).toBeUndefined()
  expect(result.draft.leadImage).toMatchObject({
    src: 'content/images/otter.jpg',
    alt: 'An otter on a log',
    caption: 'At dawn.',
    credit: 'Helen Marsh',
  })
  expect(result.draft.imageRefs).toEqual([
    { source: 'content/images/otter.jpg', line: 5, column: 8 },
  ])
})

test("alt: '' written out marks a decorative lead image", () => {
  const result = findLeadImage(
    draftOf("title: Otters\ndate: 2026-11-19\nimage:\n  src: ../images/otter.jpg\n  alt: ''\n"),
  )
  expect(result.draft.leadImage?.alt).toBe('')
})

test('a remote lead image fails at its src', () => {
  const result = findLeadImage(
    draftOf(
      'title: Otters\ndate: 2026-11-19\nimage:\n  src: https://example.com/o.jpg\n  alt: An otter\n',
    ),
  )
  expect(result.problems?.map(formatProblem)).toEqual([
    `${file}:5:8: image: "https://example.com/o.jpg" is not on this site: save the image in content/images and write its path, such as ../images/heron.jpg`,
  ])
})

test('a lead image without alt fails at the image key', () => {
  const problems = parseFrontMatter(
    file,
    'title: Otters\ndate: 2026-11-19\nimage:\n  src: ../images/otter.jpg\n',
  )
  expect(Array.isArray(problems) && problems.map(formatProblem)).toEqual([
    `${file}:5:3: image: image: alt is required: say what the image shows, or write alt: '' for one that only decorates`,
  ])
})
