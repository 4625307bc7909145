import type { Article } from '../articles/article-schema.ts'
import { articleBodyHtml, escapeHtml } from './blocks-to-html.ts'

export type SearchRecord = { url: string; language: string; html: string }

// Pagefind reads each article as a small HTML page made from the typed blocks: the headline
// and date as metadata, the standfirst and body as the text, and each section's heading with
// its id, which Pagefind turns into a sub-result that links to /articles/<slug>#<id>. No sort
// key: results are ranked by relevance, and a sort key is a number per article in the index's
// metadata, which every first search downloads (20 kB at 10,000 articles).
export function searchRecord(article: Article): SearchRecord {
  const language = article.lang.toLowerCase()
  const meta = (name: string, value: string) =>
    `<meta data-pagefind-meta="${name}:${escapeHtml(value)}">`
  const html = [
    `<!doctype html><html lang="${escapeHtml(language)}"><head><title>${escapeHtml(article.title)}</title></head><body>`,
    `<main data-pagefind-body>`,
    meta('title', article.title),
    meta('date', article.displayDate),
    `<h1>${escapeHtml(article.title)}</h1>`,
    article.standfirst ? `<p>${escapeHtml(article.standfirst)}</p>` : '',
    articleBodyHtml(article),
    `</main></body></html>`,
  ].join('')
  return { url: `/articles/${article.slug}`, language, html }
}

/** The languages of the articles, most articles first: each gets an index of its own. */
export function searchLanguages(
  articles: readonly Pick<Article, 'lang'>[],
): { lang: string; count: number }[] {
  const counts = new Map<string, number>()
  for (const article of articles) {
    const lang = article.lang.toLowerCase()
    counts.set(lang, (counts.get(lang) ?? 0) + 1)
  }
  return [...counts]
    .map(([lang, count]) => ({ lang, count }))
    .sort((a, b) => b.count - a.count || a.lang.localeCompare(b.lang))
}
