import { slugify } from '../content-build/slug.ts'
import { articleMarkdown, type ArticleFrontMatter } from './article-markdown.ts'
import { detectLanguage } from './detect-language.ts'
import type { FeedItem } from './feed-items.ts'
import { fitForLede, textOf } from './fit-mdast.ts'
import { htmlToMdast } from './html-to-mdast.ts'
import { authorName, languageTag, publishedDate } from './page-metadata.ts'

// One feed item as a Lede content file. A feed's content is the article already, so it takes
// the web-page path from HTML on, without Readability: hast, mdast, links resolved against
// the item's link, images placed by the caller.

export type FeedArticle = { slug: string; markdown: string; warnings: string[] }

export function feedArticle(
  item: FeedItem,
  feedLang: string | undefined,
  options: {
    today: string
    placeImage: (src: string, address: string | undefined) => string | undefined
  },
): FeedArticle {
  const warnings: string[] = []
  const body = fitForLede(htmlToMdast(item.html), {
    base: item.link,
    placeImage: (src) => options.placeImage(src, item.link),
    pageLevel: () => undefined,
  }).children
  const text = body.map((node) => textOf(node)).join('\n')
  if (!text.trim()) throw new Error(`the item "${item.title || item.key}" has no content`)
  const title = item.title.trim() || text.trim().split(/\s+/).slice(0, 10).join(' ')
  if (!item.title.trim()) warnings.push(`the item has no title; used its first words "${title}"`)
  const lang = languageTag(feedLang) ?? detectLanguage(text).lang
  const date = publishedDate(item.published, lang)
  if (!date) warnings.push(`the item has no date; used the import date ${options.today}`)
  const authors = item.authors.map((name) => authorName(name)).filter((name) => name !== undefined)
  const frontMatter: ArticleFrontMatter = {
    title,
    date: date ?? options.today,
    lang,
    author: authors.length ? authors.join(' and ') : undefined,
    tags: item.categories.length
      ? [...new Set(item.categories.map((tag) => tag.trim()))]
      : undefined,
  }
  return { slug: slugify(title), markdown: articleMarkdown(frontMatter, body), warnings }
}
