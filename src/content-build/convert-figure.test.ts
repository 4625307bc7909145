import { expect, test } from 'vitest'
import { formatProblem } from './content-problem.ts'
import { markdownToBlocks } from './markdown-to-blocks.ts'

const file = 'content/articles/example.md'
// As if the body started on line 5 of the file, after four lines of front matter.
const convert = (body: string) => markdownToBlocks(file, body, 5)
const problems = (body: string) => convert(body).problems.map(formatProblem)

test('an image alone in its paragraph is a figure: the title is its caption, a Credit: line its credit', () => {
  const result = convert(
    'Before.\n\n![A heron on the mudflats](../images/heron.jpg "A grey heron at low tide.")\nCredit: [Helen Marsh](https://example.com)\n',
  )
  expect(result.problems).toEqual([])
  expect(result.opening[1]).toEqual({
    type: 'figure',
    image: {
      alt: 'A heron on the mudflats',
      src: 'content/images/heron.jpg',
      width: 1,
      height: 1,
      type: 'image/jpeg',
      avif: [],
      webp: [],
      fallback: [],
    },
    caption: [{ type: 'text', text: 'A grey heron at low tide.' }],
    credit: [
      {
        type: 'link',
        href: 'https://example.com',
        children: [{ type: 'text', text: 'Helen Marsh' }],
      },
    ],
  })
  expect(result.imageRefs).toEqual([{ source: 'content/images/heron.jpg', line: 7, column: 1 }])
})

test('a figure needs neither caption nor credit; ![""] marks an image that only decorates', () => {
  const [figure] = convert('![""](../images/rule.png)').opening
  expect(figure).toMatchObject({ type: 'figure', image: { alt: '' }, caption: null, credit: null })
})

test('an article in a subfolder finds the same images folder', () => {
  const result = markdownToBlocks('content/articles/2026/x.md', '![A map](../../images/map.png)', 5)
  expect(result.imageRefs.map((ref) => ref.source)).toEqual(['content/images/map.png'])
})

test.each([
  [
    'no alt text',
    '![](../images/heron.jpg)',
    `${file}:5:1: image: "../images/heron.jpg" has no alt text: say what the image shows, such as ![A heron on the mudflats](../images/heron.jpg), or write ![""](../images/heron.jpg) for an image that only decorates`,
  ],
  [
    'a remote image',
    '![A heron](https://example.com/heron.jpg)',
    `${file}:5:1: image: "https://example.com/heron.jpg" is not on this site: save the image in content/images and write its path, such as ../images/heron.jpg`,
  ],
  [
    'a path outside the images folder',
    '![A heron](../../secret/heron.jpg)',
    `${file}:5:1: image: "../../secret/heron.jpg" is not in content/images: save the image there and write its path, such as ../images/heron.jpg`,
  ],
  [
    'a file of another kind',
    '![A heron](../images/heron.gif)',
    `${file}:5:1: image: "../images/heron.gif" is not a JPEG, PNG or WebP file: save the image as .jpg, .png or .webp`,
  ],
  [
    'an image inside running text',
    'See ![a heron](../images/heron.jpg) here.',
    `${file}:5:5: image: must stand in a paragraph of its own (a blank line before and after) to be shown as a figure`,
  ],
])('%s fails the build where it is written', (_, body, problem) => {
  expect(problems(body)).toEqual([problem])
  expect(convert(body).imageRefs).toEqual([])
})
