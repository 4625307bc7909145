import { QueryClient } from '@tanstack/react-query'
import { ArticleNotFoundError, PageInsteadOfDataError } from './article-errors.ts'

// Article JSON only changes with a new build, so what has been fetched stays fresh. A failed
// fetch is tried once more on its own; a missing article, or a page where data was expected,
// never is.
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        gcTime: 30 * 60 * 1000,
        retry: (failures, error) =>
          !(error instanceof ArticleNotFoundError || error instanceof PageInsteadOfDataError) &&
          failures < 1,
        retryDelay: 500,
        refetchOnWindowFocus: false,
        // Offline, React Query would wait for the network without a word; fetching anyway
        // fails at once, and the reader is told the article cannot be loaded offline.
        networkMode: 'always',
      },
    },
  })
}

let shared: QueryClient | null = null

// The one cache of the reader's data: the routes that use React Query, the page store and the
// prerender all read and fill it.
export function sharedQueryClient(): QueryClient {
  shared ??= createQueryClient()
  return shared
}
