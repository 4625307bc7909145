import { useCallback } from 'react'
import { savesData } from '../lib/saves-data.ts'
import { prefetchArticle } from './page-store.ts'

// Fetches an article's data ahead of the reader asking for it, unless they asked for fewer bytes.
export function usePrefetchArticle(): (slug: string) => void {
  return useCallback((slug: string) => {
    if (!savesData()) prefetchArticle(slug)
  }, [])
}
