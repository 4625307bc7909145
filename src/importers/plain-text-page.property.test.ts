import fc from 'fast-check'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { expect, test } from 'vitest'
import { parse } from 'yaml'
import { splitFrontMatter } from '../content-build/front-matter.ts'
import { numRuns, propertySeed, textLike } from '../content-build/hostile-strings.ts'
import { isFurniture } from './page-wording.ts'
import { importPage } from './plain-text-page.ts'

const today = '2026-12-01'

// A line of page text: payloads and random text, on one line, never one of the page's own
// chrome lines (prompt, trailer markers, a date), which the importer rightly treats apart.
const chrome = /^(no time to read\?|get a summary|previous article|next article)$/i
const pageLine = textLike
  .map((text) =>
    text
      // eslint-disable-next-line no-control-regex -- a saved page holds no control characters
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
      .replace(/[\r\n]+/g, ' ')
      .trim(),
  )
  .filter((line) => /\p{L}/u.test(line) && !chrome.test(line.replace(/\s+/g, ' ')))
  .filter((line) => !/^(published|\d{4}-\d{2}-\d{2})/i.test(line))
  // Bullet items become lists and site furniture is dropped, as they should.
  .filter((line) => !/^[•·▪●◦–*-]\s/u.test(line) && !isFurniture(line))

const page = fc.record({
  title: pageLine,
  blocks: fc.array(fc.array(pageLine, { minLength: 1, maxLength: 3 }), {
    minLength: 1,
    maxLength: 6,
  }),
})

const squash = (text: string) => text.replace(/\s+/g, ' ').trim()

type MarkdownNode = { type: string; value?: string; children?: MarkdownNode[] }
const kinds = (node: MarkdownNode): string[] => [node.type, ...(node.children ?? []).flatMap(kinds)]
const textOf = (node: MarkdownNode): string =>
  node.value ?? (node.children ?? []).map(textOf).join('')

// Whatever the page says, the Markdown made from it parses back to plain paragraphs and
// headings holding exactly the page's words: no link, HTML, list or emphasis appears.
const readsBackAsText = (toMarkdown: (text: string) => string) =>
  fc.property(page, ({ title, blocks }) => {
    const text = [title, ...blocks.map((lines) => lines.join('\n'))].join('\n\n')
    const split = splitFrontMatter('page.md', toMarkdown(text))
    if ('field' in split) return false
    const data: unknown = parse(split.frontMatter)
    const tree = fromMarkdown(split.body) as MarkdownNode
    const nodeKinds = new Set((tree.children ?? []).flatMap(kinds))
    const onlyText = [...nodeKinds].every((kind) => ['paragraph', 'heading', 'text'].includes(kind))
    const body = (tree.children ?? []).map((node) => squash(textOf(node)))
    return (
      onlyText &&
      typeof data === 'object' &&
      data !== null &&
      'title' in data &&
      data.title === title &&
      JSON.stringify(body) === JSON.stringify(blocks.map((lines) => squash(lines.join(' '))))
    )
  })

// Three hundred pages through the importer and the Markdown parser take a few seconds.
test('an imported page is only paragraphs and headings that read back as the page', () => {
  fc.assert(
    readsBackAsText((text) => importPage(text, { today }).markdown),
    { numRuns, seed: propertySeed },
  )
}, 30_000)

test('negative control: the property catches an importer that does not escape the text', () => {
  const unescaped = (text: string) => {
    const [title = '', ...rest] = text.split('\n\n')
    const paragraphs = rest.map((block) => block.split('\n').join(' '))
    return `---\ntitle: ${JSON.stringify(title)}\ndate: ${today}\n---\n\n${paragraphs.join('\n\n')}\n`
  }
  expect(fc.check(readsBackAsText(unescaped), { numRuns, seed: propertySeed }).failed).toBe(true)
})
