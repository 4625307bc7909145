import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'
import tailwindcss from '@tailwindcss/vite'
import { contentWatchPlugin } from './scripts/vite/content-watch-plugin.ts'
import { devPolicyPlugin } from './scripts/vite/dev-policy-plugin.ts'
import { startAfterPaintPlugin } from './scripts/vite/start-after-paint.ts'
import { staticPagesPlugin } from './scripts/vite/static-pages-plugin.ts'

export default defineConfig({
  plugins: [
    react(),
    tailwindcss(),
    staticPagesPlugin(),
    devPolicyPlugin(),
    contentWatchPlugin(),
    startAfterPaintPlugin(),
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
  // Everything the entry imports stays in the entry chunk: left to itself, Rolldown may split
  // React into a common chunk once lazy chunks share entry code, and the first load would then
  // be several requests, some of them uncounted by the size budget.
  build: {
    outDir: process.env.LEDE_DIST ?? 'dist',
    modulePreload: false,
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'index', tags: ['$initial'] }] } },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['./src/test-setup.ts'],
  },
})
