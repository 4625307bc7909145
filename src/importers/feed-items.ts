import { XMLParser } from 'fast-xml-parser'
import { z } from 'zod'

// RSS 2.0, Atom and JSON Feed, read into one shape: an item per article, its HTML whole.

export const FeedItemSchema = z.object({
  // What a re-import matches the item by: its guid or id, else its link.
  key: z.string().min(1),
  title: z.string(),
  link: z.string().optional(),
  html: z.string(),
  published: z.string().optional(),
  authors: z.array(z.string()),
  categories: z.array(z.string()),
})
export type FeedItem = z.infer<typeof FeedItemSchema>

export type Feed = {
  kind: 'RSS' | 'Atom' | 'JSON Feed'
  lang: string | undefined
  items: FeedItem[]
}

const list = (value: unknown): unknown[] =>
  value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]

// Element text, whether the parser gave a string or an object with attributes and #text.
function text(value: unknown): string | undefined {
  if (typeof value === 'string' || typeof value === 'number')
    return String(value).trim() || undefined
  if (value && typeof value === 'object' && '#text' in value) return text(value['#text'])
  return undefined
}

function attribute(value: unknown, name: string): string | undefined {
  return value && typeof value === 'object' && `@_${name}` in value
    ? text(Reflect.get(value, `@_${name}`))
    : undefined
}

function child(value: unknown, name: string): unknown {
  return value && typeof value === 'object' ? Reflect.get(value, name) : undefined
}

export function readFeed(source: string): Feed {
  const trimmed = source.replace(/^\uFEFF/, '').trim()
  if (trimmed.startsWith('{')) return readJsonFeed(JSON.parse(trimmed))
  const xml: unknown = new XMLParser({
    ignoreAttributes: false,
    processEntities: true,
    htmlEntities: true,
    cdataPropName: false,
  }).parse(trimmed)
  const rss = child(child(xml, 'rss'), 'channel') ?? child(xml, 'rdf:RDF')
  if (rss) {
    return {
      kind: 'RSS',
      lang: text(child(rss, 'language')),
      items: list(child(rss, 'item') ?? child(child(xml, 'rdf:RDF'), 'item')).map(rssItem),
    }
  }
  const atom = child(xml, 'feed')
  if (atom) {
    return {
      kind: 'Atom',
      lang: attribute(atom, 'xml:lang'),
      items: list(child(atom, 'entry')).map(atomEntry),
    }
  }
  throw new Error('this is not an RSS, Atom or JSON Feed file')
}

function rssItem(item: unknown): FeedItem {
  const link = text(child(item, 'link'))
  return FeedItemSchema.parse({
    key: text(child(item, 'guid')) ?? link ?? text(child(item, 'title')) ?? '',
    title: text(child(item, 'title')) ?? '',
    link,
    html: text(child(item, 'content:encoded')) ?? text(child(item, 'description')) ?? '',
    published: text(child(item, 'pubDate')) ?? text(child(item, 'dc:date')),
    authors: [...list(child(item, 'dc:creator')), ...list(child(item, 'author'))]
      .map(text)
      .filter((name) => name !== undefined),
    categories: list(child(item, 'category'))
      .map(text)
      .filter((name) => name !== undefined),
  })
}

function atomEntry(entry: unknown): FeedItem {
  const links = list(child(entry, 'link'))
  const alternate = links.find((link) => (attribute(link, 'rel') ?? 'alternate') === 'alternate')
  const link = attribute(alternate, 'href')
  const content = child(entry, 'content') ?? child(entry, 'summary')
  const body = text(content) ?? ''
  return FeedItemSchema.parse({
    key: text(child(entry, 'id')) ?? link ?? '',
    title: text(child(entry, 'title')) ?? '',
    link,
    // type="text" content is text, not markup: it is escaped before it joins the HTML path.
    html: attribute(content, 'type') === 'text' ? escapeHtml(body) : body,
    published: text(child(entry, 'published')) ?? text(child(entry, 'updated')),
    authors: list(child(entry, 'author'))
      .map((author) => text(child(author, 'name')))
      .filter((name) => name !== undefined),
    categories: list(child(entry, 'category'))
      .map((category) => attribute(category, 'label') ?? attribute(category, 'term'))
      .filter((name) => name !== undefined),
  })
}

const JsonFeedSchema = z.object({
  version: z.string().startsWith('https://jsonfeed.org/version/'),
  language: z.string().optional(),
  items: z.array(
    z.object({
      id: z.union([z.string(), z.number()]).transform(String),
      url: z.string().optional(),
      title: z.string().optional(),
      content_html: z.string().optional(),
      content_text: z.string().optional(),
      summary: z.string().optional(),
      date_published: z.string().optional(),
      authors: z.array(z.object({ name: z.string().optional() })).optional(),
      author: z.object({ name: z.string().optional() }).optional(),
      tags: z.array(z.string()).optional(),
    }),
  ),
})

function readJsonFeed(data: unknown): Feed {
  const feed = JsonFeedSchema.parse(data)
  return {
    kind: 'JSON Feed',
    lang: feed.language,
    items: feed.items.map((item) =>
      FeedItemSchema.parse({
        key: item.id,
        title: item.title ?? '',
        link: item.url,
        html:
          item.content_html ??
          (item.content_text ? escapeHtml(item.content_text) : escapeHtml(item.summary ?? '')),
        published: item.date_published,
        authors: [...(item.authors ?? []), ...(item.author ? [item.author] : [])]
          .map((author) => author.name)
          .filter((name) => name !== undefined),
        categories: item.tags ?? [],
      }),
    ),
  }
}

// Plain text as HTML paragraphs, so it takes the same path as HTML content.
function escapeHtml(textContent: string): string {
  return textContent
    .split(/\n\s*\n/)
    .map(
      (paragraph) =>
        `<p>${paragraph.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</p>`,
    )
    .join('')
}
