import type { Article } from './article-schema.ts'

// What a page says about itself, the same in the app and in the prerendered page's share tags.

// Every article has a description for search results, even one without a standfirst.
export const articleDescription = (article: Article): string =>
  article.standfirst ?? article.summary.points[0]?.text ?? article.title

export const listHeading = (page: number): string =>
  page > 1 ? `Latest articles, page ${page}` : 'Latest articles'

export const listTitle = (page: number): string =>
  page > 1 ? `${listHeading(page)} – Lede` : 'Lede – latest articles'

export const listDescription = 'Lede: the latest articles, newest first.'
