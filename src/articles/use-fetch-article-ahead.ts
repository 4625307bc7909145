import { useCallback } from 'react'
import { savesData } from '../lib/saves-data.ts'
import { articleUrl } from './article-addresses.ts'
import { fetchEarly } from './early-fetch.ts'
import { storedArticle } from './page-store.ts'

// Fetches an article's data while the page is idle without checking it, so the code that checks
// it (zod with it) is not part of the first load; the article's query checks it when it is opened.
// Nothing is fetched when the reader asked for fewer bytes or the data is already here.
export function useFetchArticleAhead(): (slug: string) => void {
  return useCallback((slug: string) => {
    if (savesData() || storedArticle(slug)) return
    fetchEarly(articleUrl(slug))
  }, [])
}
