import { ArticleLoadError } from './article-errors.ts'
import type { Article } from './article-schema.ts'
import type * as DataLayerModule from './data-layer.ts'
import type { PageData } from './page-data.ts'
import { articleKey } from './query-keys.ts'
import { seemsOffline } from '../lib/seems-offline.ts'

type DataLayer = typeof DataLayerModule

// What the first load needs of the data: the page's own article, which came with it. React
// Query (and the schemas its fetchers check with) is the data layer for everything else, and
// it is not in the first load: it loads once the first load is over, or sooner when a reader
// reaches for another page. Until then the store answers from the page's data; from then on from
// React Query's cache, seeded with that data, so both give the same article.
let pageData: PageData | null = null
let layer: DataLayer | null = null
let loading: Promise<DataLayer> | null = null
const listeners = new Set<() => void>()
const notify = () => {
  for (const listener of listeners) listener()
}

/** The data the page came with (or, rendering on the server, the page being rendered). */
export function seedPage(data: PageData): void {
  pageData = data
  if (layer) layer.seedQueries(layer.sharedQueryClient(), data)
  notify()
}

/** Empties the store and the cache: between pages rendered on the server, and between tests. */
export function forgetData(): void {
  layer?.sharedQueryClient().clear()
  pageData = null
  recent.clear()
  notify()
}

export function loadDataLayer(): Promise<DataLayer> {
  loading ??= import('./data-layer.ts').then((module) => {
    const client = module.sharedQueryClient()
    if (pageData) module.seedQueries(client, pageData)
    client.getQueryCache().subscribe(notify)
    layer = module
    notify()
    return module
  })
  // Its code could not be fetched (offline before it had loaded): it is asked for again next
  // time, and the reader is told what a failed fetch of the article would have told them.
  return loading.catch(() => {
    loading = null
    const reason = seemsOffline() ? 'offline' : 'unreachable'
    throw new ArticleLoadError(reason, 'the code that fetches articles')
  })
}

// The last articles read from the cache. React Query drops a query nobody observes after a
// while (its gcTime), and nothing observes the article on screen, so a reader who stays long
// on one would see it go; the store keeps these few itself.
const recent = new Map<string, Article>()
const keptRecent = 5

export function storedArticle(slug: string): Article | undefined {
  if (!layer) {
    return pageData?.kind === 'article' && pageData.article.slug === slug
      ? pageData.article
      : undefined
  }
  const cached = layer.sharedQueryClient().getQueryData<Article>(articleKey(slug))
  if (!cached) return recent.get(slug)
  if (recent.get(slug) !== cached) {
    recent.delete(slug)
    recent.set(slug, cached)
    for (const old of recent.keys()) if (recent.size > keptRecent) recent.delete(old)
  }
  return cached
}

export function subscribeToStore(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Fetches an article's data (checked) into the cache, unless it is there already. */
export const fetchArticle = (slug: string): Promise<Article> =>
  loadDataLayer().then((module) => module.ensureArticle(slug))

/** What following a link to an article waits for: nothing when its data is here. */
export function articleReady(slug: string): Promise<Article> | null {
  return storedArticle(slug) ? null : fetchArticle(slug)
}

export function prefetchArticle(slug: string): void {
  void loadDataLayer()
    .then((module) => module.prefetchArticle(slug))
    .catch(() => undefined)
}

export const latestArticles = (count: number) =>
  loadDataLayer().then((module) => module.latestArticles(count))
