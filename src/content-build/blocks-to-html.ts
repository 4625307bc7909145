import type { Article } from '../articles/article-schema.ts'
import type { Alignment, Block, Footnote, Inline } from '../articles/block-schema.ts'

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

const anchor = (href: string, base: LinkBase | null, content: string, id?: string) =>
  `<a${id ? ` id="${escapeHtml(id)}"` : ''} href="${escapeHtml(absolute(href, base))}">${content}</a>`

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
          return anchor(child.href, base, inlineHtml(child.children, base))
        case 'delete':
          return `<del>${inlineHtml(child.children, base)}</del>`
        case 'break':
          return '<br>'
        case 'element':
          return `<${child.tag}>${inlineHtml(child.children, base)}</${child.tag}>`
        case 'abbr':
          return `<abbr title="${escapeHtml(child.title)}">${inlineHtml(child.children, base)}</abbr>`
        case 'footnoteReference':
          return `<sup>${anchor(`#${child.noteId}`, base, String(child.number), child.refId)}</sup>`
        default:
          return child satisfies never
      }
    })
    .join('')
}

// Feed readers drop class names, so a column's alignment is written as its style.
const alignStyle = (align: Alignment | undefined) => (align ? ` style="text-align:${align}"` : '')

export function blockHtml(block: Block, base: LinkBase | null = null): string {
  const inner = (blocks: readonly Block[]) => blocks.map((b) => blockHtml(b, base)).join('')
  switch (block.type) {
    case 'paragraph':
      return `<p>${inlineHtml(block.children, base)}</p>`
    case 'subheading': {
      const tag = `h${block.level ?? 3}`
      const id = block.id ? ` id="${escapeHtml(block.id)}"` : ''
      return `<${tag}${id}>${inlineHtml(block.children, base)}</${tag}>`
    }
    case 'quote': {
      const words = `<blockquote>${inner(block.blocks)}</blockquote>`
      if (!block.attribution) return words
      return `<figure>${words}<figcaption>— ${inlineHtml(block.attribution, base)}</figcaption></figure>`
    }
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul'
      const start = block.ordered && block.start !== null && block.start !== 1
      const items = block.items.map((item) => {
        const mark = item.checked === null ? '' : item.checked ? '☑ ' : '☐ '
        const [only, ...rest] = item.blocks
        // An item of one paragraph is a line of the list, as the reader shows it.
        const content =
          only?.type === 'paragraph' && !rest.length
            ? inlineHtml(only.children, base)
            : inner(item.blocks)
        return `<li>${mark}${content}</li>`
      })
      return `<${tag}${start ? ` start="${block.start}"` : ''}>${items.join('')}</${tag}>`
    }
    case 'code': {
      const lang = block.lang ? ` class="language-${escapeHtml(block.lang)}"` : ''
      return `<pre><code${lang}>${escapeHtml(block.text)}</code></pre>`
    }
    case 'separator':
      return '<hr>'
    case 'table': {
      const caption = block.caption ? `<caption>${inlineHtml(block.caption, base)}</caption>` : ''
      const cells = (tag: 'th' | 'td', row: Inline[][]) =>
        `<tr>${row.map((cell, index) => `<${tag}${alignStyle(block.align[index])}>${inlineHtml(cell, base)}</${tag}>`).join('')}</tr>`
      const body = block.rows.map((row) => cells('td', row)).join('')
      return `<table>${caption}<thead>${cells('th', block.head)}</thead><tbody>${body}</tbody></table>`
    }
    case 'figure': {
      // Feed readers show one plain image: the fallback file, at its widest.
      const { image } = block
      const widest = image.fallback.at(-1)?.src ?? image.src
      const img = `<img src="${escapeHtml(absolute(widest, base))}" alt="${escapeHtml(image.alt)}" width="${image.width}" height="${image.height}">`
      const credit = block.credit ? ` <small>${inlineHtml(block.credit, base)}</small>` : ''
      const caption = block.caption ? inlineHtml(block.caption, base) : ''
      const figcaption = caption || credit ? `<figcaption>${caption}${credit}</figcaption>` : ''
      return `<figure>${img}${figcaption}</figure>`
    }
    default:
      return block satisfies never
  }
}

// The notes, each leading back to every place that refers to it, as in the reader.
function footnotesHtml(footnotes: readonly Footnote[], base: LinkBase | null): string {
  if (!footnotes.length) return ''
  const notes = footnotes.map((note) => {
    const blocks = note.blocks.map((block) => blockHtml(block, base)).join('')
    const back = note.refIds.map((refId) => anchor(`#${refId}`, base, '↩')).join(' ')
    return `<li id="${escapeHtml(note.id)}">${blocks}<p>${back}</p></li>`
  })
  return `<section><h2>Notes</h2><ol>${notes.join('')}</ol></section>`
}

/** The article's body: the opening, each section under its heading (with its id), the notes. */
export function articleBodyHtml(article: Article, base: LinkBase | null = null): string {
  const blocks = (list: readonly Block[]) => list.map((block) => blockHtml(block, base)).join('')
  return [
    blocks(article.opening),
    ...article.sections.map(
      (section) =>
        `<h2 id="${escapeHtml(section.id)}">${escapeHtml(section.title)}</h2>${blocks(section.blocks)}`,
    ),
    footnotesHtml(article.footnotes ?? [], base),
  ].join('')
}
