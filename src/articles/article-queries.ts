import { queryOptions } from '@tanstack/react-query'
import { withParts } from './article-parts.ts'
import { articleKey, listPageKey } from './query-keys.ts'

// The fetchers bring the schema (and zod) with them, so they load with the first fetch.
const fetchers = () => import('./article-fetch.ts')

// An article's data changes only with a new build, so what is in the cache (from the page, or
// fetched for a link) is never fetched again when the article is shown.
export const articleQuery = (slug: string) =>
  queryOptions({
    queryKey: articleKey(slug),
    staleTime: Infinity,
    queryFn: async ({ signal }) => withParts(await (await fetchers()).fetchArticle(slug, signal)),
  })

export const listPageQuery = (page: number) =>
  queryOptions({
    queryKey: listPageKey(page),
    queryFn: async ({ signal }) => withParts(await (await fetchers()).fetchListPage(page, signal)),
  })
