import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'
import tailwindcss from '@tailwindcss/vite'
import { contentWatchPlugin } from './scripts/vite/content-watch-plugin.ts'
import { devPolicyPlugin } from './scripts/vite/dev-policy-plugin.ts'
import { startAfterPaintPlugin } from './scripts/vite/start-after-paint.ts'
import { staticPagesPlugin } from './src/prerender/static-pages-plugin.ts'

export default defineConfig({
  plugins: [
    react(),
    tailwindcss(),
    staticPagesPlugin(),
    devPolicyPlugin(),
    contentWatchPlugin(),
    startAfterPaintPlugin(),
  ],
  // LEDE_DIST lets several builds sit side by side; the prerender step reads the same variable.
  // Every browser Lede supports preloads modules natively, so the polyfill is dead weight in the
  // first-load budget.
  build: { outDir: process.env.LEDE_DIST ?? 'dist', modulePreload: { polyfill: false } },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['./src/test-setup.ts'],
  },
})
