import type { Article, Block, Inline } from '../articles/article-schema.ts'

export function inlineText(children: readonly Inline[]): string {
  return children
    .map((child) => ('text' in child ? child.text : inlineText(child.children)))
    .join('')
}

export function blockText(block: Block): string {
  switch (block.type) {
    case 'paragraph':
    case 'subheading':
      return inlineText(block.children)
    case 'quote':
      return block.children.map(inlineText).join('\n')
    case 'list':
      return block.items.map(inlineText).join('\n')
    case 'code':
      return block.text
    default:
      return block satisfies never
  }
}

// The words an article is about, for similarity: the headline and standfirst, then the body.
export function articleText(article: Article): string {
  const blocks = [...article.opening, ...article.sections.flatMap((section) => section.blocks)]
  return [
    article.title,
    article.standfirst ?? '',
    ...article.sections.map((section) => section.title),
    ...blocks.map(blockText),
  ].join('\n')
}
