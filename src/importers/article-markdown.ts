import type { RootContent } from 'mdast'
import { toMarkdown, type Unsafe } from 'mdast-util-to-markdown'
import { stringify } from 'yaml'

// A content file from front matter and Markdown nodes: the YAML library quotes what needs
// quoting, mdast-util-to-markdown escapes what needs escaping, and the body parses back to the
// nodes it was made from.

// The build's parser is CommonMark, but a GFM parser would link bare URLs, "www." names and
// e-mail addresses and strike through "~~": these escapes keep the file safe for either.
// A link's own address and title are never autolinked, so they stay as written.
const notInConstruct: Unsafe['notInConstruct'] = [
  'destinationLiteral',
  'destinationRaw',
  'titleApostrophe',
  'titleQuote',
]
const GFM_UNSAFE: Unsafe[] = [
  { character: ':', after: '//', inConstruct: 'phrasing', notInConstruct },
  {
    character: '.',
    before: '(?:^|[^\\p{L}\\p{N}])[Ww]{3}',
    inConstruct: 'phrasing',
    notInConstruct,
  },
  { character: '@', inConstruct: 'phrasing', notInConstruct },
  { character: '~', inConstruct: 'phrasing', notInConstruct },
]

export type ArticleFrontMatter = {
  title: string
  date: string
  standfirst?: string
  author?: string
  lang?: string
  tags?: string[]
  image?: string
  previous?: string
  next?: string
}

export function articleMarkdown(frontMatter: ArticleFrontMatter, body: RootContent[]): string {
  const defined = Object.fromEntries(
    Object.entries(frontMatter).filter(([, value]) => value !== undefined),
  )
  // No line folding: a long title stays on one line, readable and greppable.
  const yaml = stringify(defined, { lineWidth: 0 })
  const markdown = toMarkdown(
    { type: 'root', children: body },
    { bullet: '-', emphasis: '_', strong: '*', rule: '-', fences: true, unsafe: GFM_UNSAFE },
  )
  return `---\n${yaml}---\n\n${markdown.trimEnd()}\n`
}
