import fc from 'fast-check'
import { expect, test } from 'vitest'
import { BlockSchema, type Block } from '../articles/block-schema.ts'
import { everyInline, inlineRuns } from './block-text.ts'
import { withoutComments } from './inline-html.ts'
import { checkHref, type CheckedHref } from './check-href.ts'
import { hrefLike, numRuns, propertySeed, textLike, xssPayloads } from './hostile-strings.ts'
import { markdownToBlocks, plainText } from './markdown-to-blocks.ts'

const page = 'https://lede.example/articles/some-article'

// Markdown an author might write, hostile parts included: links in every form, raw HTML,
// images and plain text, as paragraphs, list items, quotes and headings.
const inlinePart = fc.oneof(
  textLike.map((text) => text.replace(/\n/g, ' ')),
  fc.tuple(fc.lorem({ maxCount: 2 }), hrefLike).map(([text, href]) => `[${text}](${href})`),
  fc.tuple(fc.lorem({ maxCount: 2 }), hrefLike).map(([text, href]) => `[${text}](<${href}>)`),
  hrefLike.map((href) => `<${href}>`),
  hrefLike.map((href) => `![alt](${href})`),
  fc.constantFrom(...xssPayloads),
)
const line = fc.array(inlinePart, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(' '))
const blockPart = fc.oneof(
  line,
  line.map((text) => `## ${text}`),
  line.map((text) => `- ${text}`),
  line.map((text) => `> ${text}`),
  fc.tuple(fc.lorem({ maxCount: 1 }), hrefLike).map(([label, href]) => `[${label}]: ${href}`),
)
const document = fc.array(blockPart, { minLength: 1, maxLength: 6 }).map((b) => b.join('\n\n'))

function linksOf(blocks: Block[]): string[] {
  return everyInline(blocks.flatMap(inlineRuns)).flatMap((node) =>
    node.type === 'link' ? [node.href] : [],
  )
}

function isSafeLink(href: string): boolean {
  if (!URL.canParse(href, page)) return false
  const url = new URL(href, page)
  if (!['http:', 'https:', 'mailto:'].includes(url.protocol)) return false
  return /^(https?|mailto):/i.test(href) || url.origin === new URL(page).origin
}

const convertAll = (markdown: string, check?: (url: string) => CheckedHref) => {
  const result = markdownToBlocks('x.md', markdown, 1, check)
  return [...result.opening, ...result.sections.flatMap((section) => section.blocks)]
}

const noUnsafeLinks = (check: (url: string) => CheckedHref) =>
  fc.property(document, (markdown) => linksOf(convertAll(markdown, check)).every(isSafeLink))

// Three hundred runs can take several seconds on a busy machine.
test('no output link ever has an unsafe scheme or leaves the site by a relative path', () => {
  fc.assert(noUnsafeLinks(checkHref), { numRuns, seed: propertySeed })
}, 30_000)

test('negative control: the property catches a link check that only refuses "javascript:"', () => {
  const naive = (url: string): CheckedHref =>
    url.startsWith('javascript:')
      ? { kind: 'error', message: 'not allowed' }
      : { kind: 'external', href: url }
  expect(fc.check(noUnsafeLinks(naive), { numRuns, seed: propertySeed }).failed).toBe(true)
}, 30_000)

// Text never becomes markup: whatever the author wrote, the output is only the typed blocks
// the schema knows, so the reader renders it through React as text, and raw HTML in the
// source reaches the reader as the characters it is made of.
const rawHtml = fc.constantFrom(
  ...xssPayloads.filter(
    // "<javascript:alert(1)>" is an autolink, not HTML: the link property covers it.
    (payload) => payload.startsWith('<') && !/^<[a-z]+:/i.test(payload),
  ),
)
const htmlDocument = fc
  .tuple(fc.lorem({ maxCount: 3 }), rawHtml, fc.lorem({ maxCount: 3 }), fc.boolean())
  .map(([before, html, after, ownBlock]) => ({
    html,
    markdown: ownBlock ? `${before}\n\n${html}\n\n${after}` : `${before} ${html} ${after}`,
  }))

const htmlStaysText = (convert: (markdown: string) => Block[]) =>
  fc.property(htmlDocument, ({ html, markdown }) => {
    const blocks = convert(markdown)
    const text = blocks
      .flatMap(inlineRuns)
      .map((run) => plainText(run))
      .join('\n')
    // Comments are for editors and never published; the rest of the HTML is shown as text.
    return (
      blocks.every((block) => BlockSchema.safeParse(block).success) &&
      text.includes(withoutComments(html).trim())
    )
  })

test('raw HTML is shown as its own text and every block is one the schema knows', () => {
  fc.assert(
    htmlStaysText((markdown) => convertAll(markdown)),
    { numRuns, seed: propertySeed },
  )
}, 30_000)

test('negative control: the property catches a step that passes raw HTML on as a block', () => {
  // The mistake a renderer-friendly step might make: hand raw HTML on for "rich" rendering.
  const leaky = (markdown: string): Block[] =>
    convertAll(markdown).map((block) => {
      const text =
        'children' in block && block.type === 'paragraph' ? plainText(block.children) : ''
      return text.startsWith('<') ? ({ type: 'html', html: text } as unknown as Block) : block
    })
  expect(fc.check(htmlStaysText(leaky), { numRuns, seed: propertySeed }).failed).toBe(true)
}, 30_000)
