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
