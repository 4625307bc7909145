import type { ArticleListItem } from '../articles/list-schemas.ts'
import type { ArticleHead } from './article-parts.ts'

// What a list carries of an article (ArticleListItemSchema), taken from its head: the heads are
// the article schema's already, so picking the fields is all the schema's parse would do, and
// the page a list item is written in is checked whole when it is written (checked-text.ts). The
// fields are in the schema's order, as its parse would put them, so the files are the same.
//
// One item per head, shared by the list's pages, the topics' and the authors' and the front
// page: 100,000 articles are each in four or five lists, and one object each is less to collect.
const items = new WeakMap<ArticleHead, ArticleListItem>()

export function listItem(head: ArticleHead): ArticleListItem {
  let item = items.get(head)
  if (item) return item
  const { slug, title, date, displayDate, standfirst, lang, dir, wordCount, image } = head
  item = { slug, title, date, displayDate, standfirst, lang, dir, wordCount }
  if (image !== undefined) item.image = image
  item.author = head.author
  item.tags = head.tags
  items.set(head, item)
  return item
}

const texts = new WeakMap<ArticleListItem, string>()

/**
 * A page of items as JSON.stringify writes it, with each item's JSON made once however many
 * pages carry it: at 100,000 articles the topic and author pages hold some 300,000 items, and
 * writing each again for every page cost a second of every rebuild. The page's other fields are
 * written by JSON.stringify itself, with 0 for its items, so the text is JSON.stringify's
 * whatever the page's fields are. `"articles":0` is found only as the key itself: within a
 * JSON string a quote is always escaped.
 */
export function pageText<Page extends { articles: readonly ArticleListItem[] }>(
  page: Page,
): string {
  const outside = JSON.stringify({ ...page, articles: 0 })
  const at = outside.lastIndexOf(ITEMS_AT)
  const items = page.articles.map((item) => {
    let text = texts.get(item)
    if (text === undefined) texts.set(item, (text = JSON.stringify(item)))
    return text
  })
  return `${outside.slice(0, at)}"articles":[${items.join(',')}]${outside.slice(at + ITEMS_AT.length)}`
}

const ITEMS_AT = '"articles":0'
