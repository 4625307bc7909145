import { z } from 'zod/mini'
import { cacheNames } from '../lib/cache-names.ts'
import { storedList } from './stored-list.ts'

// What the Saved page lists. The article itself (its page and its data) is in the saved cache,
// which the service worker reads from when the network cannot answer; this is the index of it.
export const SavedArticleSchema = z.object({
  slug: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
  title: z.string(),
  bytes: z.int().check(z.nonnegative()),
  savedAt: z.string(),
})
export type SavedArticle = z.infer<typeof SavedArticleSchema>

// Newest first.
export const savedList = storedList('lede:saved', z.array(SavedArticleSchema))

// The article's page (which carries its data, for a reload) and its data (for a link followed
// in the app). Articles have no images yet; when they do, their files belong in this list.
export const savedUrls = (slug: string) => [`/articles/${slug}`, `/data/articles/${slug}.json`]

export class SaveError extends Error {}

export async function saveArticle(slug: string, title: string): Promise<SavedArticle> {
  if (typeof caches === 'undefined') throw new SaveError('This browser cannot keep articles.')
  const cache = await caches.open(cacheNames.saved)
  let bytes = 0
  for (const url of savedUrls(slug)) {
    let response: Response
    try {
      response = await fetch(url, { cache: 'no-cache' })
    } catch {
      throw new SaveError('Could not reach the server to save this article.')
    }
    if (!response.ok)
      throw new SaveError(`The server could not send this article (error ${response.status}).`)
    bytes += (await response.clone().blob()).size
    await cache.put(url, response)
  }
  const saved = { slug, title, bytes, savedAt: new Date().toISOString() }
  savedList.write([saved, ...savedList.read().filter((article) => article.slug !== slug)])
  return saved
}

export async function removeSaved(slugs: string[]): Promise<void> {
  if (typeof caches !== 'undefined') {
    const cache = await caches.open(cacheNames.saved)
    await Promise.all(slugs.flatMap(savedUrls).map((url) => cache.delete(url)))
  }
  savedList.write(savedList.read().filter((article) => !slugs.includes(article.slug)))
}
