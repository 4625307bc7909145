import { z } from 'zod/mini'

// Shared by the service worker (src/offline/sw.ts) and the saved articles (src/saved/). The saved cache is the page's own: the worker only
// reads it, never expires it, and a new edition's clean-up leaves it alone (it is not Workbox's).
export const cacheNames = {
  pages: 'lede-pages',
  data: 'lede-data',
  assets: 'lede-assets',
  saved: 'lede-saved',
  search: 'lede-search',
  images: 'lede-images',
} as const

// Precached page the worker answers with for an address it has nothing for, offline.
export const offlineShell = '/offline.html'

const CacheRequestSchema = z.object({
  type: z.literal('CACHE_URLS'),
  urls: z.array(z.string()).check(z.maxLength(50)),
})

export function cacheRequest(urls: string[]) {
  return { type: 'CACHE_URLS' as const, urls: urls.slice(0, 50) }
}

export function parseCacheRequest(data: unknown): string[] | null {
  const parsed = CacheRequestSchema.safeParse(data)
  return parsed.success ? parsed.data.urls : null
}
