import { Workbox } from 'workbox-window'
import { cacheRequest } from '../lib/cache-names.ts'
import { workerUrl } from './worker-url.ts'

export type Edition = { take: () => void }

// Registers the service worker and tells the page, through onNewEdition, when a new edition is
// installed and waiting. The waiting worker takes over only when the reader says so (take), and
// only this tab then reloads: a tab that did not ask is never reloaded under its reader.
export async function registerWorker(onNewEdition: (edition: Edition) => void): Promise<void> {
  if (!('serviceWorker' in navigator)) return
  const workbox = new Workbox(workerUrl(), { scope: '/', updateViaCache: 'none' })
  let asked = false
  workbox.addEventListener('waiting', () => {
    onNewEdition({
      take: () => {
        asked = true
        workbox.messageSkipWaiting()
      },
    })
  })
  // Whichever worker asked, and whether it was waiting before this page loaded.
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (asked) window.location.reload()
  })
  // The first worker arrives after this page loaded: it is given the page and the data already
  // fetched, so this article opens offline as well as the ones opened from now on.
  workbox.addEventListener('activated', (event) => {
    if (!event.isUpdate) void workbox.messageSW(cacheRequest(loadedPages()))
  })
  try {
    await workbox.register()
  } catch {
    // Registration refused (private mode, a blocked worker): Lede works as it did online.
    return
  }
  // A reader who keeps a tab open for days hears of new editions when they come back to it.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void workbox.update().catch(() => {})
  })
}

function loadedPages(): string[] {
  const data = performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => new URL(name).pathname.startsWith('/data/'))
  const page = new URL(window.location.href)
  page.hash = ''
  return [page.href, ...new Set(data)]
}
