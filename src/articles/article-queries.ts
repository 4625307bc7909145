import { queryOptions } from '@tanstack/react-query'
import { fetchEarly } from './early-fetch.ts'

export class ArticleNotFoundError extends Error {
  constructor(what: string) {
    super(`${what} is not in Lede`)
    this.name = 'ArticleNotFoundError'
  }
}

// The fetch failed or the data was not what the schema promises: the reader says so and offers Retry.
export class ArticleLoadError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ArticleLoadError'
  }
}

// The host answered with an HTML page where the data should be (a static host's fallback for a
// file it does not have). The page may well exist, so the reader loads the address as a page.
export class PageInsteadOfDataError extends Error {
  constructor(what: string) {
    super(`The server sent a page instead of ${what}`)
    this.name = 'PageInsteadOfDataError'
  }
}

// A request that never answers would leave the reader on the loading state for ever: after
// this long it fails, and the reader offers Retry.
export const FETCH_TIME_LIMIT_MS = 10_000

export const articleUrl = (slug: string) => `/data/articles/${slug}.json`
export const listPageUrl = (page: number) => `/data/list/${page}.json`

// Fetches an article's JSON while the page is idle, leaving it unread for its query to check.
export const fetchArticleAhead = (slug: string) => fetchEarly(articleUrl(slug))

// The fetchers bring the schema (and zod) with them, so they load with the first fetch.
const fetchers = () => import('./article-fetch.ts')

export const articleQuery = (slug: string) =>
  queryOptions({
    queryKey: ['article', slug],
    queryFn: async ({ signal }) => (await fetchers()).fetchArticle(slug, signal),
  })

export const listPageQuery = (page: number) =>
  queryOptions({
    queryKey: ['article-list', page],
    queryFn: async ({ signal }) => (await fetchers()).fetchListPage(page, signal),
  })
