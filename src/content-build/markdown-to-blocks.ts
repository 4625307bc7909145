import type { Definition, FootnoteDefinition, Nodes, RootContent } from 'mdast'
import type { Block, Footnote } from '../articles/block-schema.ts'
import { plainText } from './block-text.ts'
import type { ContentProblem } from './content-problem.ts'
import { checkHref, type CheckedHref } from './check-href.ts'
import { convertBlocks } from './convert-blocks.ts'
import { convertInlines } from './convert-inlines.ts'
import type { ImageRef } from './image-reference.ts'
import {
  report,
  type ArticleLink,
  type FragmentLink,
  type MarkdownContext,
} from './markdown-context.ts'
import { parseMarkdown } from './parse-markdown.ts'

export { plainText } from './block-text.ts'
export type { ArticleLink, FragmentLink } from './markdown-context.ts'

export type RawSection = { title: string; line: number; blocks: Block[] }
export type BodyBlocks = {
  opening: Block[]
  sections: RawSection[]
  footnotes: Footnote[]
  // Links to other articles, checked once the whole collection is known, and links to places
  // in this article, checked once every heading has its id.
  articleLinks: ArticleLink[]
  fragmentLinks: FragmentLink[]
  imageRefs: ImageRef[]
  problems: ContentProblem[]
}

// Turns the Markdown body into typed blocks. Raw HTML is never passed through: it becomes
// visible text, so `<script>` in an article is shown, not run.
// The link check is a parameter so a test can show that its properties catch a weak one.
export function markdownToBlocks(
  file: string,
  body: string,
  bodyLine: number,
  check: (url: string) => CheckedHref = checkHref,
): BodyBlocks {
  const tree = parseMarkdown(body)
  const context: MarkdownContext = {
    file,
    bodyLine,
    check,
    problems: [],
    articleLinks: [],
    fragmentLinks: [],
    imageRefs: [],
    definitions: new Map<string, Definition>(),
    footnoteDefinitions: new Map<string, FootnoteDefinition>(),
    footnoteOrder: [],
    footnoteCalls: new Map(),
    paragraphCount: 0,
  }
  collectDefinitions(context, tree.children)

  // Each `#` or `##` heading starts a section; what comes before the first is the opening.
  const opening: RootContent[] = []
  const groups: { heading: Nodes & { type: 'heading' }; nodes: RootContent[] }[] = []
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth <= 2) groups.push({ heading: node, nodes: [] })
    else (groups.at(-1)?.nodes ?? opening).push(node)
  }
  const openingBlocks = convertBlocks(context, opening)
  const sections = groups.map(({ heading, nodes }) => {
    const title = plainText(convertInlines(context, heading.children)).trim()
    if (!title) report(context, heading, 'heading', 'a section heading must have text')
    const line = (heading.position?.start.line ?? 1) + bodyLine - 1
    return { title, line, blocks: convertBlocks(context, nodes) }
  })
  const footnotes = convertFootnotes(context)

  return {
    opening: openingBlocks,
    sections,
    footnotes,
    articleLinks: context.articleLinks,
    fragmentLinks: context.fragmentLinks,
    imageRefs: context.imageRefs,
    problems: context.problems,
  }
}

function collectDefinitions(context: MarkdownContext, nodes: RootContent[]): void {
  for (const node of nodes) {
    if (node.type === 'definition') context.definitions.set(node.identifier, node)
    if (node.type === 'footnoteDefinition') {
      context.footnoteDefinitions.set(node.identifier, node)
    }
    if ('children' in node) collectDefinitions(context, node.children as RootContent[])
  }
}

// Notes are numbered in the order they are first referred to; a note may refer to another,
// which then gets the next number.
function convertFootnotes(context: MarkdownContext): Footnote[] {
  const footnotes: Footnote[] = []
  for (let index = 0; index < context.footnoteOrder.length; index += 1) {
    const identifier = context.footnoteOrder[index] ?? ''
    const definition = context.footnoteDefinitions.get(identifier)
    const number = index + 1
    const blocks = definition ? convertBlocks(context, definition.children) : []
    const calls = context.footnoteCalls.get(identifier) ?? 1
    footnotes.push({
      id: `fn-${number}`,
      number,
      refIds: Array.from({ length: calls }, (_, call) =>
        call === 0 ? `fnref-${number}` : `fnref-${number}-${call + 1}`,
      ),
      blocks,
    })
  }
  for (const [identifier, definition] of context.footnoteDefinitions) {
    if (!context.footnoteOrder.includes(identifier)) {
      report(
        context,
        definition,
        'footnote',
        `[^${definition.label ?? identifier}] is never referred to: add [^${definition.label ?? identifier}] where the note belongs, or remove the note`,
      )
    }
  }
  return footnotes
}
