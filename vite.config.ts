import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'
import tailwindcss from '@tailwindcss/vite'
import { bootScriptPlugin } from './scripts/vite/boot-script.ts'
import { compileHintBanner } from './scripts/vite/compile-hints.ts'
import { contentWatchPlugin } from './scripts/vite/content-watch-plugin.ts'
import { devPolicyPlugin } from './scripts/vite/dev-policy-plugin.ts'
import { startAfterPaintPlugin } from './scripts/vite/start-after-paint.ts'
import { staticPagesPlugin } from './scripts/vite/static-pages-plugin.ts'
import { offlineShellPlugin } from './scripts/vite/offline-shell-plugin.ts'
import { pwaPlugin } from './scripts/vite/pwa-plugin.ts'

export default defineConfig({
  plugins: [
    react(),
    tailwindcss(),
    staticPagesPlugin(),
    devPolicyPlugin(),
    contentWatchPlugin(),
    startAfterPaintPlugin(),
    bootScriptPlugin(),
    offlineShellPlugin(),
    // After the plugins above, so the worker's precache list is made from the finished files.
    pwaPlugin(),
  ],
  resolve: {
    alias: {
      'use-sync-external-store/shim/index.js': fileURLToPath(
        new URL('./src/lib/use-sync-external-store.ts', import.meta.url),
      ),
    },
  },
  // LEDE_DIST lets several builds sit side by side; the prerender step reads the same variable.
  // No module preloading: the app's one entry chunk is loaded by boot.js after the first paint,
  // and the lazy chunks share nothing worth fetching ahead, so Vite's preload helper would only
  // add to the first-load budget.
  //
  // Everything the entry imports stays in the entry chunk: left to itself, Rolldown splits the
  // modules the entry shares with a lazy chunk (React's JSX runtime, say) into a common chunk,
  // and the first load would then be one more request. The entry opens with V8's compile hint
  // (scripts/vite/compile-hints.ts).
  build: {
    outDir: process.env.LEDE_DIST ?? 'dist',
    modulePreload: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'index', tags: ['$initial'] },
            // React Query and the queries, one chunk that loads after the first load
            // (src/articles/page-store.ts), rather than a handful of small ones.
            {
              name: 'data-layer',
              test: /@tanstack[\\/]|src[\\/]articles[\\/](data-layer|query-client|with-queries|article-queries|collection-queries|article-parts)\./,
            },
          ],
        },
        postBanner: compileHintBanner,
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['./src/test-setup.ts'],
  },
})
