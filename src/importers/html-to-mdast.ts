import type { Element, ElementContent, Nodes as HastNodes } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { toMdast, type Handle } from 'hast-util-to-mdast'
import type { Root } from 'mdast'

// The article's HTML (as Readability gives it) as Markdown nodes. A figure becomes one image
// whose title is its caption, as Lede writes figures: ![alt](../images/x.jpg "caption").
export function htmlToMdast(html: string): Root {
  const tree = fromHtml(html, { fragment: true })
  const root = toMdast(tree, { handlers: { figure, img: image } })
  return root.type === 'root' ? root : { type: 'root', children: [] }
}

const figure: Handle = (state, node) => {
  const img = findElement(node, 'img')
  if (!img) return state.toFlow(state.all(node))
  const caption = findElement(node, 'figcaption')
  return {
    type: 'paragraph',
    children: [imageOf(img, caption ? textOf(caption).replace(/\s+/g, ' ').trim() : '')],
  }
}

const image: Handle = (_state, node) => imageOf(node, stringProperty(node, 'title'))

function imageOf(img: Element, caption: string) {
  // Lazy-loading pages keep the real address in data-src and a placeholder in src.
  const url = stringProperty(img, 'dataSrc') || stringProperty(img, 'src')
  return {
    type: 'image' as const,
    url,
    alt: stringProperty(img, 'alt') || null,
    title: caption || null,
  }
}

function stringProperty(node: Element, name: string): string {
  const value = node.properties[name]
  return typeof value === 'string' ? value.trim() : ''
}

function findElement(node: HastNodes, tagName: string): Element | undefined {
  if (node.type === 'element' && node.tagName === tagName) return node
  if (!('children' in node)) return undefined
  for (const child of node.children as ElementContent[]) {
    const found = findElement(child, tagName)
    if (found) return found
  }
  return undefined
}

function textOf(node: HastNodes): string {
  if (node.type === 'text') return node.value
  return 'children' in node ? (node.children as ElementContent[]).map(textOf).join('') : ''
}
