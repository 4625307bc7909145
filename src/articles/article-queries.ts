import { queryOptions } from '@tanstack/react-query'
import { articleUrl } from './article-addresses.ts'
import { withParts } from './article-parts.ts'
import { fetchEarly } from './early-fetch.ts'

// Fetches an article's JSON while the page is idle, leaving it unread for its query to check.
export const fetchArticleAhead = (slug: string) => fetchEarly(articleUrl(slug))

// The fetchers bring the schema (and zod) with them, so they load with the first fetch.
const fetchers = () => import('./article-fetch.ts')

// An article's data changes only with a new build, so what is in the cache (from the page, or
// fetched for a link) is never fetched again when the article is shown.
export const articleQuery = (slug: string) =>
  queryOptions({
    queryKey: ['article', slug],
    staleTime: Infinity,
    queryFn: async ({ signal }) => withParts(await (await fetchers()).fetchArticle(slug, signal)),
  })

export const listPageQuery = (page: number) =>
  queryOptions({
    queryKey: ['article-list', page],
    queryFn: async ({ signal }) => withParts(await (await fetchers()).fetchListPage(page, signal)),
  })
