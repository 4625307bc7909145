import { describe, expect, test } from 'vitest'
import { formatProblem } from './content-problem.ts'
import { markdownToBlocks, plainText } from './markdown-to-blocks.ts'

const file = 'content/articles/example.md'
// As if the body started on line 5 of the file, after four lines of front matter.
const convert = (body: string) => markdownToBlocks(file, body, 5)
const problems = (body: string) => convert(body).problems.map(formatProblem)
const allText = (body: string) =>
  JSON.stringify(convert(body), (key, value: unknown) => (key === 'problems' ? undefined : value))

describe('markdownToBlocks', () => {
  test('text before the first ## heading is the opening; each ## starts a section', () => {
    const result = convert('Opening words.\n\n## First part\n\nOne.\n\n### Aside\n\nTwo.\n')
    expect(result.opening).toEqual([
      { type: 'paragraph', id: 'p-1', children: [{ type: 'text', text: 'Opening words.' }] },
    ])
    expect(result.sections.map((section) => [section.title, section.line])).toEqual([
      ['First part', 7],
    ])
    expect(result.sections[0]?.blocks.map((block) => block.type)).toEqual([
      'paragraph',
      'subheading',
      'paragraph',
    ])
    expect(result.problems).toEqual([])
  })

  test.each([
    ['<script>alert(1)</script>'],
    ['<iframe src="https://evil.example"></iframe>'],
    ['<img src=x onerror="alert(1)">'],
    ['<div onclick="alert(1)">Click</div>'],
  ])('raw HTML %s is shown as text, never markup', (html) => {
    const result = convert(`${html}\n\nSome text with ${html} inside.\n`)
    const [block, inlineBlock] = result.opening
    expect(block).toEqual({
      type: 'paragraph',
      id: 'p-1',
      children: [{ type: 'text', text: html }],
    })
    expect(inlineBlock?.type === 'paragraph' && plainText(inlineBlock.children)).toBe(
      `Some text with ${html} inside.`,
    )
    expect(result.problems).toEqual([])
  })

  test('safe links become links; links to articles are collected with their place', () => {
    const result = convert(
      'See [the council](https://example.com) and\n[otters](/articles/river-otters).\n',
    )
    expect(result.opening[0]).toMatchObject({
      children: [
        { type: 'text', text: 'See ' },
        { type: 'link', href: 'https://example.com' },
        { type: 'text', text: ' and\n' },
        { type: 'link', href: '/articles/river-otters' },
        { type: 'text', text: '.' },
      ],
    })
    expect(result.articleLinks).toEqual([{ slug: 'river-otters', line: 6, column: 1 }])
  })

  test('every unsafe link, in any spelling, is reported at its line and column', () => {
    const body = [
      'A [a](javascript:alert(1)) and [b](JaVaScRiPt:alert(1)).',
      '[c](   javascript:alert(1))',
      '[d](<java\tscript:alert(1)>)',
      '[e](&#106;avascript:alert(1)) [f](javascript&colon;alert(1))',
      '[g](data:text/html,x) [h](vbscript:msgbox(1)) [i](file:///etc/passwd)',
      '<javascript:alert(1)>',
      '[ref]',
      '',
      '[ref]: javascript:alert(1)',
    ].join('\n')
    const result = convert(body)
    expect(result.problems.map((p) => `${p.line}:${p.column}: ${p.message}`)).toEqual([
      '5:3: "javascript:" links are not allowed (use http, https or mailto)',
      '5:32: "javascript:" links are not allowed (use http, https or mailto)',
      '6:1: "javascript:" links are not allowed (use http, https or mailto)',
      '7:1: "javascript:" links are not allowed (use http, https or mailto)',
      '8:1: "javascript:" links are not allowed (use http, https or mailto)',
      '8:31: "javascript:" links are not allowed (use http, https or mailto)',
      '9:1: "data:" links are not allowed (use http, https or mailto)',
      '9:23: "vbscript:" links are not allowed (use http, https or mailto)',
      '9:47: "file:" links are not allowed (use http, https or mailto)',
      '10:1: "javascript:" links are not allowed (use http, https or mailto)',
      '11:1: "javascript:" links are not allowed (use http, https or mailto)',
    ])
    expect(result.problems.every((p) => p.file === file && p.field === 'link')).toBe(true)
    // The link text stays, as text; no unsafe href reaches the output.
    expect(allText(body)).not.toMatch(/"href":"(?!https?:|\/|#)/)
    expect(allText(body)).not.toMatch(/"type":"link"/)
  })

  test('a relative link that is not an article is reported', () => {
    expect(problems('Read [this](../other.md).')).toEqual([
      `${file}:5:6: link: "../other.md" is not a link Lede can follow: use http(s), mailto, #section or /articles/<slug>`,
    ])
  })

  test('an image from another site, or with a script for an address, is refused', () => {
    const result = convert('![A chart of tides](javascript:alert(1))')
    expect(result.opening).toEqual([])
    expect(result.problems.map(formatProblem)).toEqual([
      `${file}:5:1: image: "javascript:alert(1)" is not on this site: save the image in content/images and write its path, such as ../images/heron.jpg`,
    ])
  })

  test('a section heading without text is reported', () => {
    expect(problems('Text.\n\n## \n\nMore.')).toEqual([
      `${file}:7:1: heading: a section heading must have text`,
    ])
  })
})
