import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { ArticleListPageSchema, type ArticleListItem } from '../src/articles/list-schemas.ts'
import { mapLimited } from '../src/content-build/map-limited.ts'

// What the site files keep of every article while they work: enough to order, group, date and
// split by language, and small, so a site of any size fits. Whole articles are read one at a
// time, only where their text is needed (read-built-article.ts).
export type BuiltListItem = Pick<ArticleListItem, 'slug' | 'title' | 'date' | 'lang'> & {
  tags: string[]
  author: string | null
}

// Lists written before items carried bylines and topics would group nothing: say so, rather than
// write topic feeds and sitemaps that leave articles out.
function builtItem(item: ArticleListItem, file: string): BuiltListItem {
  const { slug, title, date, lang, tags, author } = item
  if (tags === undefined || author === undefined) {
    throw new Error(
      `${file}: the list item "${slug}" has no tags or author, so the list was written by an older content build: run npm run content`,
    )
  }
  return { slug, title, date, lang, tags, author }
}

/** Every built article's list item, in reading order: the list's order, page by page. */
export async function readBuiltList(dataDir: string): Promise<BuiltListItem[]> {
  const listDir = path.join(dataDir, 'list')
  const pages = await mapLimited(await readdir(listDir), 16, async (name) => {
    const file = path.join(listDir, name)
    const page = ArticleListPageSchema.parse(JSON.parse(await readFile(file, 'utf8')))
    return { page: page.page, items: page.articles.map((item) => builtItem(item, file)) }
  })
  return pages.sort((a, b) => a.page - b.page).flatMap((page) => page.items)
}
