import type { Image, Nodes, Paragraph, PhrasingContent, Root, RootContent } from 'mdast'
import { checkHref } from '../content-build/check-href.ts'

// Markdown nodes from a web page, made into what Lede reads and serialises: CommonMark only
// (a table becomes a paragraph a row, struck text plain text), links Lede can follow (relative
// ones resolved, others left as their words), images placed by the caller (copied, or left
// out when the build cannot serve them), and headings at their real levels.

export type FitOptions = {
  base: string | undefined
  // Where an image (its address as the page writes it) goes in the article, or undefined to
  // leave it out (its caption stays).
  placeImage: (src: string) => string | undefined
  // The heading's level on the page, found by its text; Readability demotes h1 to h2.
  pageLevel: (text: string) => number | undefined
}

const PHRASING = new Set(['text', 'emphasis', 'strong', 'inlineCode', 'break', 'link', 'image'])
const FLOW = new Set(['paragraph', 'heading', 'list', 'blockquote', 'code', 'thematicBreak'])

export function fitForLede(root: Root, options: FitOptions): Root {
  const children = root.children.flatMap((node) => fitFlow(node, options))
  return { type: 'root', children: levelHeadings(children, options) }
}

function fitFlow(node: RootContent, options: FitOptions): RootContent[] {
  switch (node.type) {
    case 'paragraph': {
      const children = node.children.flatMap((child) => fitPhrasing(child, options))
      const captions = children.filter((child) => child.type === 'image' && !child.url)
      const kept = children.filter((child) => !captions.includes(child))
      const asText = captions.map((image): Paragraph => paragraph((image as Image).title ?? ''))
      return [...(hasText(kept) ? [paragraph(kept)] : []), ...asText.filter(hasContent)]
    }
    case 'heading': {
      const children = oneLine(node.children.flatMap((child) => fitPhrasing(child, options)))
      return hasText(children) ? [{ ...node, children }] : []
    }
    case 'table':
      return node.children
        .map((row) =>
          paragraph(
            row.children
              .map((cell) => textOf(cell).trim())
              .filter(Boolean)
              .join(' · '),
          ),
        )
        .filter(hasContent)
    case 'list': {
      const items = node.children.flatMap((child) => fitFlow(child, options))
      // A list of cards, each with a heading, is sections: Lede reads headings only outside lists.
      const headed = items.some(
        (item) =>
          item.type === 'listItem' && item.children.some((child) => child.type === 'heading'),
      )
      if (!headed) return [{ ...node, children: items as typeof node.children }]
      return items.flatMap((item) => (item.type === 'listItem' ? item.children : [item]))
    }
    case 'blockquote':
    case 'listItem':
      return [
        {
          ...node,
          children: node.children.flatMap((child) => fitFlow(child, options)),
        } as RootContent,
      ]
    case 'code':
    case 'thematicBreak':
      return [node]
    default:
      if (PHRASING.has(node.type)) return fitFlow(paragraph([node as PhrasingContent]), options)
      if ('children' in node && !FLOW.has(node.type)) {
        return (node.children as RootContent[]).flatMap((child) => fitFlow(child, options))
      }
      return 'value' in node && typeof node.value === 'string' ? [paragraph(node.value)] : []
  }
}

function fitPhrasing(node: PhrasingContent, options: FitOptions): PhrasingContent[] {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'break':
      return [node]
    case 'emphasis':
    case 'strong': {
      const children = node.children.flatMap((child) => fitPhrasing(child, options))
      return hasText(children) ? [{ ...node, children }] : children
    }
    case 'link': {
      const children = node.children.flatMap((child) => fitPhrasing(child, options))
      const url = resolve(node.url, options.base)
      const followable = url !== undefined && checkHref(url).kind === 'external'
      return followable && hasText(children) ? [{ ...node, url, children }] : children
    }
    case 'image': {
      const placed = node.url ? options.placeImage(node.url) : undefined
      // An image left out keeps its caption, shown as text (see fitFlow).
      return [{ ...node, url: placed ?? '' }]
    }
    default:
      return 'children' in node
        ? (node.children as PhrasingContent[]).flatMap((child) => fitPhrasing(child, options))
        : 'value' in node && typeof node.value === 'string'
          ? [{ type: 'text', value: node.value }]
          : []
  }
}

// The top level of heading in the article is a section (##), the levels below it subheadings.
function levelHeadings(nodes: RootContent[], options: FitOptions): RootContent[] {
  if (!nodes.some((node) => node.type === 'heading')) return nodes
  const levelOf = (node: RootContent) =>
    node.type === 'heading' ? (options.pageLevel(textOf(node)) ?? node.depth) : undefined
  const levels = nodes.map(levelOf).filter((level) => level !== undefined)
  const top = Math.min(...levels)
  return nodes.map((node) => {
    const level = levelOf(node)
    if (node.type !== 'heading' || level === undefined) return node
    const depth = Math.min(6, 2 + level - top) as 2 | 3 | 4 | 5 | 6
    return { ...node, depth }
  })
}

// A heading is one line in Lede (it names a section in the contents and in its address): a
// line break a page put in one, for its layout, is a space.
function oneLine(nodes: PhrasingContent[]): PhrasingContent[] {
  return nodes.map((node): PhrasingContent => {
    if (node.type === 'break') return { type: 'text', value: ' ' }
    if ('children' in node) return { ...node, children: oneLine(node.children) } as PhrasingContent
    return node
  })
}

function resolve(url: string, base: string | undefined): string | undefined {
  try {
    return new URL(url, base).href
  } catch {
    return undefined
  }
}

function paragraph(children: PhrasingContent[] | string): Paragraph {
  return {
    type: 'paragraph',
    children: typeof children === 'string' ? [{ type: 'text', value: children }] : children,
  }
}

function hasText(children: PhrasingContent[]): boolean {
  return children.some((child) =>
    child.type === 'image' ? child.url !== '' : textOf(child).trim() !== '',
  )
}

function hasContent(node: Paragraph): boolean {
  return hasText(node.children)
}

export function textOf(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value
  if (node.type === 'image') return node.alt ?? ''
  return 'children' in node ? (node.children as Nodes[]).map(textOf).join('') : ''
}
