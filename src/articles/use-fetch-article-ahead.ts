import { useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import { savesData } from '../lib/saves-data.ts'
import { articleQuery, fetchArticleAhead } from './article-queries.ts'

// Fetches an article's data while the page is idle without checking it, so the code that checks
// it (zod with it) is not part of the first load; the article's query checks it when it is opened.
// Nothing is fetched when the reader asked for fewer bytes or the data is already in the cache.
export function useFetchArticleAhead(): (slug: string) => void {
  const queryClient = useQueryClient()
  return useCallback(
    (slug: string) => {
      if (savesData() || queryClient.getQueryData(articleQuery(slug).queryKey)) return
      fetchArticleAhead(slug)
    },
    [queryClient],
  )
}
