// Whether the reader is offline, as far as the page can tell: the browser says so, or the page
// is the offline shell, which the service worker gives only for an address the network could
// not answer (src/offline/sw.ts). A browser may still say it is online in a page it opened
// while offline, and the shell knows better.
export function seemsOffline(): boolean {
  if (typeof navigator !== 'undefined' && !navigator.onLine) return true
  return typeof document !== 'undefined' && document.documentElement.dataset.ledeShell === 'offline'
}
