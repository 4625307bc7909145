import { fromMarkdown } from 'mdast-util-from-markdown'
import type { Definition, Nodes, PhrasingContent, RootContent } from 'mdast'
import type { Block, Inline } from '../articles/article-schema.ts'
import type { ContentProblem } from './content-problem.ts'
import { checkHref, type CheckedHref } from './check-href.ts'

export type RawSection = { title: string; line: number; blocks: Block[] }
export type ArticleLink = { slug: string; line: number; column: number }
export type BodyBlocks = {
  opening: Block[]
  sections: RawSection[]
  // Links to other articles, checked once the whole collection is known.
  articleLinks: ArticleLink[]
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
  const tree = fromMarkdown(body)
  const problems: ContentProblem[] = []
  const articleLinks: ArticleLink[] = []
  const definitions = new Map<string, Definition>()
  for (const node of tree.children) {
    if (node.type === 'definition') definitions.set(node.identifier, node)
  }

  const lineOf = (node: Nodes) => (node.position?.start.line ?? 1) + bodyLine - 1
  const columnOf = (node: Nodes) => node.position?.start.column ?? 1

  const link = (node: Nodes, url: string, children: Inline[]): Inline[] => {
    const checked = check(url)
    if (checked.kind === 'error') {
      problems.push({
        file,
        line: lineOf(node),
        column: columnOf(node),
        field: 'link',
        message: checked.message,
      })
      return children
    }
    if (checked.kind === 'article') {
      articleLinks.push({ slug: checked.slug, line: lineOf(node), column: columnOf(node) })
    }
    return [{ type: 'link', href: checked.href, children }]
  }

  const inlines = (nodes: PhrasingContent[]): Inline[] => nodes.flatMap(inline)
  const inline = (node: PhrasingContent): Inline[] => {
    switch (node.type) {
      case 'text':
      case 'html':
        return [{ type: 'text', text: node.value }]
      case 'inlineCode':
        return [{ type: 'code', text: node.value }]
      case 'emphasis':
        return [{ type: 'emphasis', children: inlines(node.children) }]
      case 'strong':
        return [{ type: 'strong', children: inlines(node.children) }]
      case 'break':
        return [{ type: 'text', text: ' ' }]
      case 'link':
        return link(node, node.url, inlines(node.children))
      case 'linkReference': {
        const definition = definitions.get(node.identifier)
        const children = inlines(node.children)
        return definition ? link(node, definition.url, children) : children
      }
      case 'image':
      case 'imageReference':
        return node.alt ? [{ type: 'text', text: node.alt }] : []
      default:
        return []
    }
  }

  // Lists and quotes hold paragraphs; the reader shows each as one run of text.
  const flatten = (nodes: RootContent[]): Inline[][] =>
    nodes.flatMap((child) => {
      if (child.type === 'paragraph' || child.type === 'heading') return [inlines(child.children)]
      if (child.type === 'list') return child.children.flatMap((item) => flatten(item.children))
      if (child.type === 'blockquote') return flatten(child.children)
      if (child.type === 'code' || child.type === 'html')
        return [[{ type: 'text', text: child.value }]]
      return []
    })

  let paragraphCount = 0
  const opening: Block[] = []
  const sections: RawSection[] = []
  const current = () => sections.at(-1)?.blocks ?? opening

  for (const node of tree.children) {
    switch (node.type) {
      case 'heading': {
        const children = inlines(node.children)
        if (node.depth <= 2) {
          const title = plainText(children).trim()
          if (!title) {
            problems.push({
              file,
              line: lineOf(node),
              column: columnOf(node),
              field: 'heading',
              message: 'a section heading must have text',
            })
          }
          sections.push({ title, line: lineOf(node), blocks: [] })
        } else {
          current().push({ type: 'subheading', children })
        }
        break
      }
      case 'paragraph':
        paragraphCount += 1
        current().push({
          type: 'paragraph',
          id: `p-${paragraphCount}`,
          children: inlines(node.children),
        })
        break
      case 'html':
        // Raw HTML in Markdown is shown as the text it is, never as markup.
        paragraphCount += 1
        current().push({
          type: 'paragraph',
          id: `p-${paragraphCount}`,
          children: [{ type: 'text', text: node.value }],
        })
        break
      case 'list':
        current().push({
          type: 'list',
          ordered: node.ordered ?? false,
          items: node.children.map((item) => flatten(item.children).flat()),
        })
        break
      case 'blockquote':
        current().push({ type: 'quote', children: flatten(node.children) })
        break
      case 'code':
        current().push({ type: 'code', text: node.value })
        break
      default:
        // Definitions were collected above; thematic breaks carry no content.
        break
    }
  }

  return { opening, sections, articleLinks, problems }
}

export function plainText(children: Inline[]): string {
  return children
    .map((child) => ('text' in child ? child.text : plainText(child.children)))
    .join('')
}
