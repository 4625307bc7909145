import { describe, expect, test } from 'vitest'
import type { Block } from '../articles/block-schema.ts'
import { formatProblem } from './content-problem.ts'
import { markdownToBlocks } from './markdown-to-blocks.ts'

const file = 'content/articles/example.md'
const convert = (body: string) => markdownToBlocks(file, body, 5)
const first = (body: string): Block | undefined => convert(body).opening[0]
const problems = (body: string) => convert(body).problems.map(formatProblem)
const text = (value: string) => ({ type: 'text', text: value })

describe('GitHub Flavored Markdown reaches the reader with its meaning', () => {
  test('a table keeps its header cells, alignment and caption', () => {
    expect(
      first('| Day | Height |\n| :-- | --: |\n| Mon | 5.9 |\n| Tue |\n\nTable: Tides, *metres*.'),
    ).toEqual({
      type: 'table',
      align: ['left', 'right'],
      head: [[text('Day')], [text('Height')]],
      rows: [[[text('Mon')], [text('5.9')]], [[text('Tue')]]],
      caption: [text('Tides, '), { type: 'emphasis', children: [text('metres')] }, text('.')],
    })
    expect(convert('| a |\n| - |\n| b |\n\nNot a caption.').opening).toHaveLength(2)
  })

  test('footnotes are numbered by first reference, lead back to each, and live apart', () => {
    const result = convert('One[^b] two[^a] three[^b].\n\n[^a]: Note A.\n[^b]: Note B.')
    expect(result.opening).toHaveLength(1)
    expect(result.opening[0]).toMatchObject({
      children: [
        text('One'),
        { type: 'footnoteReference', number: 1, noteId: 'fn-1', refId: 'fnref-1' },
        text(' two'),
        { type: 'footnoteReference', number: 2, noteId: 'fn-2', refId: 'fnref-2' },
        text(' three'),
        { type: 'footnoteReference', number: 1, noteId: 'fn-1', refId: 'fnref-1-2' },
        text('.'),
      ],
    })
    expect(result.footnotes.map((note) => [note.id, note.refIds])).toEqual([
      ['fn-1', ['fnref-1', 'fnref-1-2']],
      ['fn-2', ['fnref-2']],
    ])
    expect(result.footnotes[0]?.blocks).toMatchObject([{ children: [text('Note B.')] }])
  })

  test('a note nobody refers to is reported where it is', () => {
    expect(problems('Text.\n\n[^lost]: Never called.')).toEqual([
      `${file}:7:1: footnote: [^lost] is never referred to: add [^lost] where the note belongs, or remove the note`,
    ])
  })

  test('strikethrough, autolink literals and hard line breaks', () => {
    expect(first('~~old~~ new')).toMatchObject({
      children: [{ type: 'delete', children: [text('old')] }, text(' new')],
    })
    expect(first('See www.example.com or ask@example.com.')).toMatchObject({
      children: [
        text('See '),
        { type: 'link', href: 'http://www.example.com', children: [text('www.example.com')] },
        text(' or '),
        { type: 'link', href: 'mailto:ask@example.com' },
        text('.'),
      ],
    })
    expect(first('1 Quay Street\\\nHarwick  \nHW1')).toMatchObject({
      children: [
        text('1 Quay Street'),
        { type: 'break' },
        text('Harwick'),
        { type: 'break' },
        text('HW1'),
      ],
    })
  })

  test('task lists, nesting, start numbers and items of several paragraphs', () => {
    expect(first('- [x] done\n- [ ] to do\n  - inner')).toMatchObject({
      type: 'list',
      ordered: false,
      start: null,
      items: [
        { checked: true, blocks: [{ type: 'paragraph', children: [text('done')] }] },
        {
          checked: false,
          blocks: [
            { type: 'paragraph', children: [text('to do')] },
            { type: 'list', items: [{ checked: null, blocks: [{ children: [text('inner')] }] }] },
          ],
        },
      ],
    })
    expect(first('3. three\n\n   more of three\n4. four')).toMatchObject({
      type: 'list',
      ordered: true,
      start: 3,
      items: [
        { blocks: [{ children: [text('three')] }, { children: [text('more of three')] }] },
        { blocks: [{ children: [text('four')] }] },
      ],
    })
  })

  test('a thematic break is a separator; subheadings keep their level; code its language', () => {
    const blocks = convert(
      'A.\n\n***\n\n### Three\n\n#### Four\n\n###### Six\n\n```ts\nlet a\n```',
    ).opening
    expect(blocks.map((block) => block.type)).toEqual([
      'paragraph',
      'separator',
      'subheading',
      'subheading',
      'subheading',
      'code',
    ])
    expect(blocks.slice(2, 5).map((block) => block.type === 'subheading' && block.level)).toEqual([
      3, 4, 6,
    ])
    expect(blocks[5]).toEqual({ type: 'code', text: 'let a', lang: 'ts' })
  })

  test('a quote keeps its paragraphs and its attribution apart', () => {
    expect(first('> One.\n>\n> Two.\n>\n> — Ada Lovelace, *letters*')).toMatchObject({
      type: 'quote',
      blocks: [{ children: [text('One.')] }, { children: [text('Two.')] }],
      attribution: [text('Ada Lovelace, '), { type: 'emphasis' }],
    })
    expect(first('> — only a dash line')).toMatchObject({ attribution: null })
  })

  test('HTML comments are never published, in a block or inline', () => {
    const result = convert(
      '<!-- editor: check -->\n\nText <!-- inline --> here.\n\n<!--\nlong\n-->',
    )
    expect(result.opening).toEqual([
      { type: 'paragraph', id: 'p-1', children: [text('Text  here.')] },
    ])
    expect(JSON.stringify(result)).not.toMatch(/editor|inline|long/)
  })

  test('the small safe list of inline HTML becomes elements; anything else stays text', () => {
    expect(
      first(
        'm<sup>3</sup> CO<sub>2</sub> <kbd>Ctrl</kbd> <mark>new</mark> <abbr title="Chart Datum">CD</abbr> a<br>b',
      ),
    ).toMatchObject({
      children: [
        text('m'),
        { type: 'element', tag: 'sup', children: [text('3')] },
        text(' CO'),
        { type: 'element', tag: 'sub', children: [text('2')] },
        text(' '),
        { type: 'element', tag: 'kbd', children: [text('Ctrl')] },
        text(' '),
        { type: 'element', tag: 'mark', children: [text('new')] },
        text(' '),
        { type: 'abbr', title: 'Chart Datum', children: [text('CD')] },
        text(' a'),
        { type: 'break' },
        text('b'),
      ],
    })
    // Attributes other than an abbreviation's title, and unclosed tags, are shown as written.
    expect(first('<sup onclick="x()">1</sup> <abbr>CD</abbr> <sup>open')).toEqual({
      type: 'paragraph',
      id: 'p-1',
      children: [text('<sup onclick="x()">1</sup> <abbr>CD</abbr> <sup>open')],
    })
  })
})
