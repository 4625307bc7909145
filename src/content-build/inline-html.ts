import { inlineElementTags } from '../articles/block-schema.ts'

export type HtmlToken =
  | { kind: 'comment' }
  | { kind: 'break' }
  | { kind: 'open'; tag: (typeof inlineElementTags)[number] | 'abbr'; title: string | null }
  | { kind: 'close'; tag: string }
  | { kind: 'other' }

const tags = new Set<string>([...inlineElementTags, 'abbr'])

// Reads one piece of raw HTML as the parser hands it over (a tag or a comment). Only the small
// safe list is recognised, written plainly: `<sup>`, `</sup>`, `<br>`, `<abbr title="...">`.
// A tag with any other attribute is not on the list, so it stays visible text.
export function readHtmlToken(html: string): HtmlToken {
  const text = html.trim()
  if (/^<!--[\s\S]*-->$/.test(text)) return { kind: 'comment' }
  if (/^<br\s*\/?>$/i.test(text)) return { kind: 'break' }
  const close = /^<\/([a-z]+)\s*>$/i.exec(text)
  if (close?.[1] && tags.has(close[1].toLowerCase())) {
    return { kind: 'close', tag: close[1].toLowerCase() }
  }
  const open = /^<([a-z]+)\s*>$/i.exec(text)
  const tag = open?.[1]?.toLowerCase()
  if (tag && tag !== 'abbr' && isElementTag(tag)) return { kind: 'open', tag, title: null }
  const abbr = /^<abbr\s+title\s*=\s*(?:"([^"]*)"|'([^']*)')\s*>$/i.exec(text)
  const title = (abbr?.[1] ?? abbr?.[2])?.trim()
  if (title) return { kind: 'open', tag: 'abbr', title: decodeEntities(title) }
  return { kind: 'other' }
}

function isElementTag(tag: string): tag is (typeof inlineElementTags)[number] {
  return (inlineElementTags as readonly string[]).includes(tag)
}

// Comments are for editors: they are cut out of raw HTML before anything else reads it.
export function withoutComments(html: string): string {
  return html.replace(/<!--[\s\S]*?(?:-->|$)/g, '')
}

const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (!name.startsWith('#')) return named[name.toLowerCase()] ?? whole
    const code = /^#x/i.test(name) ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
  })
}
