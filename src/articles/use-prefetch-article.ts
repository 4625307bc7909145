import { useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import { savesData } from '../lib/saves-data.ts'
import { articleQuery } from './article-queries.ts'

// Fetches an article's data ahead of the reader asking for it, unless they asked for fewer bytes.
export function usePrefetchArticle(): (slug: string) => void {
  const queryClient = useQueryClient()
  return useCallback(
    (slug: string) => {
      if (!savesData()) void queryClient.prefetchQuery(articleQuery(slug))
    },
    [queryClient],
  )
}
