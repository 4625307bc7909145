/// <reference lib="webworker" />
import { ExpirationPlugin } from 'workbox-expiration'
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching'
import { registerRoute } from 'workbox-routing'
import { CacheFirst, NetworkFirst } from 'workbox-strategies'
import type { WorkboxPlugin } from 'workbox-core/types.js'
import { cacheNames, offlineShell, parseCacheRequest } from '../lib/cache-names.ts'

declare const self: ServiceWorkerGlobalScope

// The app shell only: scripts, styles, fonts, icons and the offline shell page (the list is in
// vite.config.ts). Articles are never precached; they are kept as the reader opens or saves them.
precacheAndRoute(self.__WB_MANIFEST)
cleanupOutdatedCaches()

const days = 24 * 60 * 60

// Whatever the network cannot give, any of Lede's caches may have: the pages and data the reader
// opened, and the saved articles, which live in a cache of their own that nothing here expires.
const fromAnyCache: WorkboxPlugin = {
  handlerDidError: async ({ request }) => (await caches.match(request.url)) ?? undefined,
}

// A page that was never opened and is not saved gets the offline shell: the app then says the
// article is not available offline and offers the saved ones, instead of a browser error page.
const orOfflineShell: WorkboxPlugin = {
  handlerDidError: async ({ request }) =>
    (await caches.match(request.url)) ?? (await matchPrecache(offlineShell)),
}

// Pages: the network first, so a reader online always gets the current edition; after a few
// seconds without an answer (a train in a tunnel) the copy from the last visit.
registerRoute(
  ({ request, url }) => request.mode === 'navigate' && url.origin === self.location.origin,
  new NetworkFirst({
    cacheName: cacheNames.pages,
    networkTimeoutSeconds: 4,
    plugins: [
      new ExpirationPlugin({ maxEntries: 50, maxAgeSeconds: 30 * days, purgeOnQuotaError: true }),
      orOfflineShell,
    ],
  }),
)

// Article and list data, for in-app navigation: the same, and the copy an opened article left.
registerRoute(
  ({ url }) => url.origin === self.location.origin && url.pathname.startsWith('/data/'),
  new NetworkFirst({
    cacheName: cacheNames.data,
    networkTimeoutSeconds: 4,
    plugins: [
      new ExpirationPlugin({ maxEntries: 100, maxAgeSeconds: 30 * days, purgeOnQuotaError: true }),
      fromAnyCache,
    ],
  }),
)

// Pagefind asks for its entry file with the time in the query, so no HTTP cache keeps it: the
// worker keeps it, and the rest, under the plain address.
const withoutQuery: WorkboxPlugin = {
  cacheKeyWillBeUsed: async ({ request }) => {
    const url = new URL(request.url)
    url.search = ''
    return url.href
  },
}

// Search's index (Pagefind's files), as the reader's searches fetch it: never precached (an
// index grows with the site, and most of it is never read), the network first, so an online
// search reads the current edition's index; offline, a search run before finds what it found.
registerRoute(
  ({ url }) => url.origin === self.location.origin && url.pathname.startsWith('/pagefind/'),
  new NetworkFirst({
    cacheName: cacheNames.search,
    networkTimeoutSeconds: 4,
    plugins: [
      withoutQuery,
      new ExpirationPlugin({ maxEntries: 200, maxAgeSeconds: 30 * days, purgeOnQuotaError: true }),
    ],
  }),
)

// Images are named by their content, so a copy never goes stale: the one kept is used, and one
// never fetched is taken from a saved article's cache when the network cannot give it.
registerRoute(
  ({ url }) => url.origin === self.location.origin && url.pathname.startsWith('/images/'),
  new CacheFirst({
    cacheName: cacheNames.images,
    plugins: [
      new ExpirationPlugin({ maxEntries: 200, maxAgeSeconds: 30 * days, purgeOnQuotaError: true }),
      fromAnyCache,
    ],
  }),
)

// Hashed files never change. A page kept from an older edition still names its own scripts,
// which the new edition's precache no longer holds: these keep such a page working offline.
registerRoute(
  ({ url }) => url.origin === self.location.origin && url.pathname.startsWith('/assets/'),
  new CacheFirst({
    cacheName: cacheNames.assets,
    plugins: [
      new ExpirationPlugin({ maxEntries: 60, maxAgeSeconds: 30 * days, purgeOnQuotaError: true }),
    ],
  }),
)

self.addEventListener('message', (event) => {
  const data: unknown = event.data
  // The reader chose to take the new edition: only then does this worker take over.
  if (typeof data === 'object' && data !== null && Reflect.get(data, 'type') === 'SKIP_WAITING') {
    void self.skipWaiting()
    return
  }
  // The page that installed this worker was loaded before it: it sends what it had loaded, so
  // the article the reader is on opens offline too.
  const urls = parseCacheRequest(data)
  if (urls) event.waitUntil(keepOpened(urls))
})

async function keepOpened(urls: string[]): Promise<void> {
  await Promise.all(
    urls.map(async (href) => {
      const url = new URL(href, self.location.origin)
      if (url.origin !== self.location.origin) return
      const name = url.pathname.startsWith('/data/') ? cacheNames.data : cacheNames.pages
      const cache = await caches.open(name)
      if (await cache.match(url.href)) return
      const response = await fetch(url.href, { credentials: 'same-origin' })
      if (response.ok) await cache.put(url.href, response)
    }),
  )
}

// The first worker takes the open page at once, so its data requests are kept from now on. A
// later one waits for the reader (see SKIP_WAITING): nothing changes under a reader mid-article.
self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim())
})
