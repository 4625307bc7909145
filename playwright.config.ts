import { defineConfig, devices } from '@playwright/test'
import { chromiumArgs, chromiumPath } from './e2e/browser.ts'

// LEDE_PORT and LEDE_DIST let several checkouts or builds be tested side by side.
const port = Number(process.env.LEDE_PORT ?? 4173)
const outDir = process.env.LEDE_DIST ?? 'dist'

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  workers: 2,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    // A service worker answers the page's requests before page.route() sees them, so it is off
    // except in the journeys about working offline (e2e/offline*.spec.ts turn it on).
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
      },
    },
  ],
  // The end-to-end tests run against the production build, as readers get it.
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --outDir ${outDir}`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
})
