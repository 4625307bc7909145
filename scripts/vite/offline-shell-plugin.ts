import type { Plugin } from 'vite'
import { offlineShell } from '../../src/lib/cache-names.ts'
import { siteWordsBlock } from '../../src/prerender/site-words-block.ts'

// The service worker answers an address it has nothing for, offline, with this page: the built
// index.html before the prerender fills it in, so the app starts on it and renders whichever
// address was asked for. It is made here, in the client build, because the worker's precache
// list is made from that build's files.
export function offlineShellPlugin(): Plugin {
  return {
    name: 'lede-offline-shell',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = bundle['index.html']
        if (!page || page.type !== 'asset') return
        // Marked, so the app can tell it was given the shell because the network failed
        // (src/lib/seems-offline.ts).
        const source = String(page.source)
          .replace('<html', '<html data-lede-shell="offline"')
          .replace('</body>', `${siteWordsBlock}</body>`)
        this.emitFile({ type: 'asset', fileName: offlineShell.slice(1), source })
      },
    },
  }
}
