import type { Article } from '../articles/article-schema.ts'
import { escapeHtml } from './blocks-to-html.ts'
import type { Group } from './collection-pages.ts'
import { collectionPagePath } from './collection-pages.ts'
import { LIST_PAGE_SIZE } from './site-steps/paginate-list.ts'

// The sitemap protocol's limit on one file; beyond it, a sitemap index names the parts.
export const SITEMAP_LIMIT = 50_000

export type SitemapUrl = { path: string; lastmod: string }

const day = (date: string) => date.slice(0, 10)

// Only addresses and dates, so the list's items serve as well as whole articles.
type Dated = Pick<Article, 'slug' | 'date'>
type DatedGroup = Pick<Group, 'kind' | 'slug'> & { articles: readonly Pick<Article, 'date'>[] }

/** Every page worth finding: the list, each article, each page of each topic and author. */
export function sitemapUrls(
  articles: readonly Dated[],
  groups: readonly DatedGroup[],
): SitemapUrl[] {
  const newest = articles[0]
  const urls: SitemapUrl[] = newest ? [{ path: '/', lastmod: day(newest.date) }] : []
  for (const article of articles)
    urls.push({ path: `/articles/${article.slug}`, lastmod: day(article.date) })
  for (const group of groups) {
    const pageCount = Math.max(1, Math.ceil(group.articles.length / LIST_PAGE_SIZE))
    for (let page = 1; page <= pageCount; page++) {
      const first = group.articles[(page - 1) * LIST_PAGE_SIZE]
      if (first) urls.push({ path: collectionPagePath(group, page), lastmod: day(first.date) })
    }
  }
  return urls
}

const urlset = (urls: readonly SitemapUrl[], site: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls
    .map(
      (url) =>
        `<url><loc>${escapeHtml(`${site}${url.path}`)}</loc><lastmod>${url.lastmod}</lastmod></url>`,
    )
    .join('\n')}\n</urlset>\n`

/**
 * sitemap.xml, and when there are more URLs than one file may hold, sitemap.xml becomes an
 * index of sitemap-1.xml, sitemap-2.xml and on, each with its newest lastmod.
 */
export function sitemapFiles(
  urls: readonly SitemapUrl[],
  site: string,
  limit = SITEMAP_LIMIT,
): Map<string, string> {
  if (urls.length <= limit) return new Map([['sitemap.xml', urlset(urls, site)]])
  const files = new Map<string, string>()
  const parts: { file: string; lastmod: string }[] = []
  for (let start = 0; start < urls.length; start += limit) {
    const part = urls.slice(start, start + limit)
    const file = `sitemap-${parts.length + 1}.xml`
    files.set(file, urlset(part, site))
    parts.push({
      file,
      lastmod: part.reduce((latest, url) => (url.lastmod > latest ? url.lastmod : latest), ''),
    })
  }
  files.set(
    'sitemap.xml',
    `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${parts
      .map(
        (part) =>
          `<sitemap><loc>${escapeHtml(`${site}/${part.file}`)}</loc><lastmod>${part.lastmod}</lastmod></sitemap>`,
      )
      .join('\n')}\n</sitemapindex>\n`,
  )
  return files
}

export const robotsTxt = (site: string) =>
  `User-agent: *\nAllow: /\n\nSitemap: ${site}/sitemap.xml\n`
