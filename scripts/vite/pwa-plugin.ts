import { VitePWA } from 'vite-plugin-pwa'

// The web app manifest and the service worker (src/offline/sw.ts, built with Workbox). The page
// registers the worker itself, after it is idle, from a lazy chunk (src/offline/), so nothing
// is injected into the page but the manifest link.
export function pwaPlugin() {
  return VitePWA({
    strategies: 'injectManifest',
    srcDir: 'src/offline',
    filename: 'sw.ts',
    injectRegister: false,
    registerType: 'prompt',
    manifestFilename: 'manifest.webmanifest',
    // The icons are in the precache list through icons/*.png below; naming them here as well
    // would list each twice.
    includeManifestIcons: false,
    manifest: {
      name: 'Lede',
      short_name: 'Lede',
      description: 'A fast, accessible article reader.',
      lang: 'en',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      // The light theme's colours; index.html gives the dark theme's to browsers that ask.
      theme_color: '#ffffff',
      background_color: '#ffffff',
      icons: [
        { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        {
          src: '/icons/icon-maskable-512.png',
          sizes: '512x512',
          type: 'image/png',
          purpose: 'maskable',
        },
      ],
    },
    injectManifest: {
      // The app shell only: never the articles' pages or data, which are kept as they are read.
      globPatterns: [
        'assets/**/*.{js,css,woff2}',
        'boot.js',
        'offline.html',
        'favicon.png',
        'icons/*.png',
      ],
      // The fonts and the Listen and Share chunks are small; a larger file is a mistake.
      maximumFileSizeToCacheInBytes: 512 * 1024,
    },
    devOptions: { enabled: false },
  })
}
