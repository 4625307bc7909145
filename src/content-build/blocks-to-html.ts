import type { Article, Block, Inline } from '../articles/article-schema.ts'

// HTML for places outside the reader (feeds, the search index), made from the typed blocks and
// never from the Markdown: every piece of text is escaped, and only the elements below exist.
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

// Links inside the site become absolute, as a feed reader has no page to resolve them against.
export type LinkBase = { site: string; articlePath: string }

function absolute(href: string, base: LinkBase | null): string {
  if (!base) return href
  if (href.startsWith('#')) return `${base.site}${base.articlePath}${href}`
  if (href.startsWith('/')) return `${base.site}${href}`
  return href
}

export function inlineHtml(children: readonly Inline[], base: LinkBase | null = null): string {
  return children
    .map((child) => {
      switch (child.type) {
        case 'text':
          return escapeHtml(child.text)
        case 'code':
          return `<code>${escapeHtml(child.text)}</code>`
        case 'emphasis':
          return `<em>${inlineHtml(child.children, base)}</em>`
        case 'strong':
          return `<strong>${inlineHtml(child.children, base)}</strong>`
        case 'link':
          return `<a href="${escapeHtml(absolute(child.href, base))}">${inlineHtml(child.children, base)}</a>`
        default:
          return child satisfies never
      }
    })
    .join('')
}

export function blockHtml(block: Block, base: LinkBase | null = null): string {
  switch (block.type) {
    case 'paragraph':
      return `<p>${inlineHtml(block.children, base)}</p>`
    case 'subheading':
      return `<h3>${inlineHtml(block.children, base)}</h3>`
    case 'quote':
      return `<blockquote>${block.children.map((line) => `<p>${inlineHtml(line, base)}</p>`).join('')}</blockquote>`
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul'
      return `<${tag}>${block.items.map((item) => `<li>${inlineHtml(item, base)}</li>`).join('')}</${tag}>`
    }
    case 'code':
      return `<pre><code>${escapeHtml(block.text)}</code></pre>`
    default:
      return block satisfies never
  }
}

/** The article's body: the opening, then each section under its heading (with its id). */
export function articleBodyHtml(article: Article, base: LinkBase | null = null): string {
  const blocks = (list: readonly Block[]) => list.map((block) => blockHtml(block, base)).join('')
  return [
    blocks(article.opening),
    ...article.sections.map(
      (section) =>
        `<h2 id="${escapeHtml(section.id)}">${escapeHtml(section.title)}</h2>${blocks(section.blocks)}`,
    ),
  ].join('')
}
