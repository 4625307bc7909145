import type { Nodes, PhrasingContent } from 'mdast'
import type { Inline } from '../articles/block-schema.ts'
import { checkImageReference } from './image-reference.ts'
import { readHtmlToken, withoutComments } from './inline-html.ts'
import { columnOf, lineOf, report, type MarkdownContext } from './markdown-context.ts'

export function convertInlines(context: MarkdownContext, nodes: PhrasingContent[]): Inline[] {
  const out: Inline[] = []
  for (let index = 0; index < nodes.length; index += 1) {
    const node = nodes[index]
    if (!node) continue
    if (node.type !== 'html') {
      out.push(...convertInline(context, node))
      continue
    }
    // The parser hands over each tag on its own, so an element is its opening tag, the
    // nodes up to its closing tag, and that tag.
    const token = readHtmlToken(node.value)
    if (token.kind === 'comment') continue
    if (token.kind === 'break') {
      out.push({ type: 'break' })
      continue
    }
    const end = token.kind === 'open' ? findClose(nodes, index, token.tag) : -1
    if (token.kind === 'open' && end !== -1) {
      const children = convertInlines(context, nodes.slice(index + 1, end))
      out.push(
        token.tag === 'abbr'
          ? { type: 'abbr', title: token.title ?? '', children }
          : { type: 'element', tag: token.tag, children },
      )
      index = end
      continue
    }
    // Any other HTML is shown as the text it is, never as markup.
    out.push({ type: 'text', text: withoutComments(node.value) })
  }
  return mergeText(out)
}

function findClose(nodes: PhrasingContent[], start: number, tag: string): number {
  let depth = 0
  for (let index = start + 1; index < nodes.length; index += 1) {
    const node = nodes[index]
    if (node?.type !== 'html') continue
    const token = readHtmlToken(node.value)
    if (token.kind === 'open' && token.tag === tag) depth += 1
    if (token.kind === 'close' && token.tag === tag) {
      if (depth === 0) return index
      depth -= 1
    }
  }
  return -1
}

function mergeText(inlines: Inline[]): Inline[] {
  const merged: Inline[] = []
  for (const inline of inlines) {
    const last = merged.at(-1)
    if (inline.type === 'text' && last?.type === 'text') last.text += inline.text
    else if (inline.type !== 'text' || inline.text) merged.push(inline)
  }
  return merged
}

function convertInline(
  context: MarkdownContext,
  node: Exclude<PhrasingContent, { type: 'html' }>,
): Inline[] {
  const children = (nodes: PhrasingContent[]) => convertInlines(context, nodes)
  switch (node.type) {
    case 'text':
      return [{ type: 'text', text: node.value }]
    case 'inlineCode':
      return [{ type: 'code', text: node.value }]
    case 'emphasis':
      return [{ type: 'emphasis', children: children(node.children) }]
    case 'strong':
      return [{ type: 'strong', children: children(node.children) }]
    case 'delete':
      return [{ type: 'delete', children: children(node.children) }]
    case 'break':
      return [{ type: 'break' }]
    case 'link':
      return link(context, node, node.url, children(node.children))
    case 'linkReference': {
      const definition = context.definitions.get(node.identifier)
      const text = children(node.children)
      return definition ? link(context, node, definition.url, text) : text
    }
    case 'footnoteReference':
      return [footnoteCall(context, node.identifier)]
    case 'image':
      return image(context, node, node.url, node.alt)
    case 'imageReference':
      return image(context, node, context.definitions.get(node.identifier)?.url ?? '', node.alt)
    default:
      return node satisfies never
  }
}

function link(context: MarkdownContext, node: Nodes, url: string, children: Inline[]): Inline[] {
  const checked = context.check(url)
  const at = { line: lineOf(context, node), column: columnOf(node) }
  if (checked.kind === 'error') {
    report(context, node, 'link', checked.message)
    return children
  }
  if (checked.kind === 'article') context.articleLinks.push({ slug: checked.slug, ...at })
  if (checked.href.startsWith('#')) {
    context.fragmentLinks.push({ fragment: checked.href.slice(1), ...at })
  }
  return [{ type: 'link', href: checked.href, children }]
}

function footnoteCall(context: MarkdownContext, identifier: string): Inline {
  if (!context.footnoteOrder.includes(identifier)) context.footnoteOrder.push(identifier)
  const number = context.footnoteOrder.indexOf(identifier) + 1
  const calls = (context.footnoteCalls.get(identifier) ?? 0) + 1
  context.footnoteCalls.set(identifier, calls)
  const refId = calls === 1 ? `fnref-${number}` : `fnref-${number}-${calls}`
  return { type: 'footnoteReference', number, noteId: `fn-${number}`, refId }
}

// An image inside running text, a link or a heading has no place to be shown as a figure; the
// remote check comes first, as it says more.
function image(
  context: MarkdownContext,
  node: Nodes,
  url: string,
  alt: string | null | undefined,
): Inline[] {
  const checked = checkImageReference(context.file, url, alt || '""')
  const message =
    checked.kind === 'error'
      ? checked.message
      : 'must stand in a paragraph of its own (a blank line before and after) to be shown as a figure'
  report(context, node, 'image', message)
  return []
}
