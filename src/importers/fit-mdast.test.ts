import { toMarkdown } from 'mdast-util-to-markdown'
import { expect, test } from 'vitest'
import { fitForLede } from './fit-mdast.ts'
import { htmlToMdast } from './html-to-mdast.ts'

const fit = (html: string) =>
  toMarkdown(
    fitForLede(htmlToMdast(html), {
      base: undefined,
      placeImage: () => undefined,
      pageLevel: () => undefined,
    }),
  )

test('a line break a page puts in a heading for its layout becomes a space', () => {
  expect(fit('<h2>Designed to <br>be <em>re<br>designed</em></h2><p>Words.</p>')).toBe(
    '## Designed to be *re designed*\n\nWords.\n',
  )
})

test('a line break in a paragraph is kept, as in an address', () => {
  expect(fit('<p>1 Quay Street<br>Bristol</p>')).toBe('1 Quay Street\\\nBristol\n')
})
