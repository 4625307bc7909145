import type { Blockquote, Paragraph, PhrasingContent, RootContent, Table } from 'mdast'
import type { Alignment, Block, Inline } from '../articles/block-schema.ts'
import { convertFigure } from './convert-figure.ts'
import { convertInlines } from './convert-inlines.ts'
import { withoutComments } from './inline-html.ts'
import { nextParagraphId, report, type MarkdownContext } from './markdown-context.ts'

// Block-level Markdown, wherever it sits (a section, a list item, a quote, a note). A heading
// here is a subheading: only `#` and `##` at the top of the body start sections.
export function convertBlocks(context: MarkdownContext, nodes: RootContent[]): Block[] {
  const blocks: Block[] = []
  for (let index = 0; index < nodes.length; index += 1) {
    const node = nodes[index]
    if (!node) continue
    if (node.type === 'table') {
      // A paragraph right after a table that starts with "Table:" is its caption.
      const next = nodes[index + 1]
      const caption = next?.type === 'paragraph' ? tableCaption(context, next) : null
      if (caption) index += 1
      blocks.push(table(context, node, caption))
      continue
    }
    blocks.push(...convertBlock(context, node))
  }
  return blocks
}

function convertBlock(context: MarkdownContext, node: RootContent): Block[] {
  const inlines = (nodes: PhrasingContent[]) => convertInlines(context, nodes)
  switch (node.type) {
    case 'paragraph': {
      const figure = convertFigure(context, node)
      if (figure) return figure
      const children = inlines(node.children)
      // A paragraph that held only an editor's comment is no paragraph at all.
      if (!children.length) return []
      return [{ type: 'paragraph', id: nextParagraphId(context), children }]
    }
    case 'heading':
      return [
        {
          type: 'subheading',
          level: Math.min(6, Math.max(3, node.depth)) as 3 | 4 | 5 | 6,
          children: inlines(node.children),
        },
      ]
    case 'thematicBreak':
      return [{ type: 'separator' }]
    case 'blockquote':
      return [quote(context, node)]
    case 'list':
      return [
        {
          type: 'list',
          ordered: node.ordered ?? false,
          start: node.ordered ? (node.start ?? 1) : null,
          items: node.children.map((item) => ({
            checked: item.checked ?? null,
            blocks: convertBlocks(context, item.children),
          })),
        },
      ]
    case 'code':
      return [{ type: 'code', text: node.value, lang: node.lang ?? null }]
    case 'html': {
      // Raw HTML in Markdown is shown as the text it is, never as markup; comments are
      // for editors and are never published.
      const text = withoutComments(node.value)
      if (!text.trim()) return []
      return [
        { type: 'paragraph', id: nextParagraphId(context), children: [{ type: 'text', text }] },
      ]
    }
    case 'table':
      return [table(context, node, null)]
    // Definitions are read before the body; notes are shown at the end of the article.
    case 'definition':
    case 'footnoteDefinition':
      return []
    // Inline content only ever reaches here inside a paragraph; the cases keep the switch whole.
    case 'text':
    case 'emphasis':
    case 'strong':
    case 'delete':
    case 'link':
    case 'linkReference':
    case 'image':
    case 'imageReference':
    case 'inlineCode':
    case 'break':
    case 'footnoteReference':
    case 'yaml':
    case 'listItem':
    case 'tableRow':
    case 'tableCell':
      report(context, node, 'markdown', `"${node.type}" cannot stand here`)
      return []
    default:
      return node satisfies never
  }
}

const attributionMark = /^\s*(?:—|―|--)\s*/

// A quote whose last paragraph starts with a dash ("— Ada Lovelace") carries an attribution.
function quote(context: MarkdownContext, node: Blockquote): Block {
  const last = node.children.at(-1)
  const first = last?.type === 'paragraph' ? last.children[0] : undefined
  if (node.children.length > 1 && first?.type === 'text' && attributionMark.test(first.value)) {
    const rest = { ...first, value: first.value.replace(attributionMark, '') }
    const paragraph = last as Paragraph
    return {
      type: 'quote',
      blocks: convertBlocks(context, node.children.slice(0, -1)),
      attribution: convertInlines(context, [rest, ...paragraph.children.slice(1)]),
    }
  }
  return { type: 'quote', blocks: convertBlocks(context, node.children), attribution: null }
}

const captionMark = /^Table:\s*/

function tableCaption(context: MarkdownContext, paragraph: Paragraph): Inline[] | null {
  const first = paragraph.children[0]
  if (first?.type !== 'text' || !captionMark.test(first.value)) return null
  const rest = { ...first, value: first.value.replace(captionMark, '') }
  return convertInlines(context, [rest, ...paragraph.children.slice(1)])
}

function table(context: MarkdownContext, node: Table, caption: Inline[] | null): Block {
  const [head, ...rows] = node.children.map((row) =>
    row.children.map((cell) => convertInlines(context, cell.children)),
  )
  const align: Alignment[] = (node.align ?? []).map((value) => value ?? null)
  return { type: 'table', align, head: head ?? [], rows, caption }
}
