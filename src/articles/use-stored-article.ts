import { useSyncExternalStore } from 'react'
import type { Article } from './article-schema.ts'
import { storedArticle, subscribeToStore } from './page-store.ts'

// The article's data if it is here (in the page, or fetched), read the same way on the server.
export function useStoredArticle(slug: string | null): Article | undefined {
  const read = () => (slug ? storedArticle(slug) : undefined)
  return useSyncExternalStore(subscribeToStore, read, read)
}
