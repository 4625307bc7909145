import { z } from 'zod/mini'
import { cacheNames } from '../lib/cache-names.ts'
import { imageFiles } from './image-files.ts'
import { storedList } from './stored-list.ts'

// What the Saved page lists. The article itself (its page, its data and its images) is in the
// saved cache, which the service worker reads from when the network cannot answer; this is the
// index of it.
export const SavedArticleSchema = z.object({
  slug: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
  title: z.string(),
  bytes: z.int().check(z.nonnegative()),
  savedAt: z.string(),
  // The image files saved with it; none for an article saved before they were.
  images: z.optional(z.array(z.string())),
  // The title's language, so the list reads it in its own voice and direction; none for an
  // article saved before it was kept.
  lang: z.optional(z.string()),
  dir: z.optional(z.enum(['ltr', 'rtl'])),
})
export type SavedArticle = z.infer<typeof SavedArticleSchema>

// Read from the article's data as it arrived, like its images.
const LanguageSchema = z.object({ lang: z.string(), dir: z.enum(['ltr', 'rtl']) })

// Newest first.
export const savedList = storedList('lede:saved', z.array(SavedArticleSchema))

// The article's page (which carries its data, for a reload) and its data (for a link followed
// in the app); its images are named by the data.
const dataUrl = (slug: string) => `/data/articles/${slug}.json`
export const savedUrls = (slug: string) => [`/articles/${slug}`, dataUrl(slug)]

// Why an article could not be saved; the button says it in the page's words.
export class SaveError extends Error {
  readonly reason: 'unsupported' | 'unreachable' | 'refused'
  readonly status: number
  constructor(reason: SaveError['reason'], status = 0) {
    super(status ? `${reason} (${status})` : reason)
    this.reason = reason
    this.status = status
  }
}

export async function saveArticle(slug: string, title: string): Promise<SavedArticle> {
  if (typeof caches === 'undefined') throw new SaveError('unsupported')
  const cache = await caches.open(cacheNames.saved)
  let bytes = 0
  let images: string[] = []
  let language: Partial<z.infer<typeof LanguageSchema>> = {}
  const keep = async (url: string) => {
    let response: Response
    try {
      response = await fetch(url, { cache: 'no-cache' })
    } catch {
      throw new SaveError('unreachable')
    }
    if (!response.ok) throw new SaveError('refused', response.status)
    bytes += (await response.clone().blob()).size
    if (url === dataUrl(slug)) {
      const data: unknown = await response.clone().json()
      images = imageFiles(data)
      const read = LanguageSchema.safeParse(data)
      if (read.success) language = { lang: read.data.lang, dir: read.data.dir }
    }
    await cache.put(url, response)
  }
  for (const url of savedUrls(slug)) await keep(url)
  for (const url of images) await keep(url)
  const saved = { slug, title, bytes, savedAt: new Date().toISOString(), images, ...language }
  savedList.write([saved, ...savedList.read().filter((article) => article.slug !== slug)])
  return saved
}

export async function removeSaved(slugs: string[]): Promise<void> {
  if (typeof caches !== 'undefined') {
    const cache = await caches.open(cacheNames.saved)
    // An image another saved article shows too stays.
    const kept = savedList.read().filter((article) => !slugs.includes(article.slug))
    const stillShown = new Set(kept.flatMap((article) => article.images ?? []))
    const gone = savedList
      .read()
      .filter((article) => slugs.includes(article.slug))
      .flatMap((article) => article.images ?? [])
      .filter((url) => !stillShown.has(url))
    await Promise.all([...slugs.flatMap(savedUrls), ...gone].map((url) => cache.delete(url)))
  }
  savedList.write(savedList.read().filter((article) => !slugs.includes(article.slug)))
}
