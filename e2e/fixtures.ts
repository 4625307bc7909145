import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Page } from '@playwright/test'

type Fixtures = {
  // Console errors a test provokes on purpose (a failed request logs one), as patterns.
  allowedConsoleErrors: RegExp[]
  // What the page did wrong so far; a test that provokes a problem on purpose reads and clears it.
  pageProblems: string[]
  checkA11y: (page: Page) => Promise<void>
}

// Chrome reports a blocked resource or a Trusted Types refusal on the console, sometimes only
// as a warning: any such message counts, whatever its level.
const policyMessage = /Content Security Policy|Trusted Type/i

// Every test fails on an uncaught exception, an unexpected console error or any breach of the
// Content-Security-Policy, so the whole suite also proves the reader runs cleanly under it.
export const test = base.extend<Fixtures>({
  allowedConsoleErrors: [[], { option: true }],
  pageProblems: async ({}, use) => {
    await use([])
  },
  page: async ({ page, allowedConsoleErrors, pageProblems: problems }, use) => {
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
    page.on('console', (message) => {
      const text = message.text()
      if (policyMessage.test(text)) {
        problems.push(`policy breach on the console: ${text}`)
      } else if (
        message.type() === 'error' &&
        !allowedConsoleErrors.some((pattern) => pattern.test(text))
      ) {
        problems.push(`console error: ${text}`)
      }
    })
    // Every document the page opens reports each violation of its policy as it happens.
    await page.exposeFunction('__ledeReportViolation', (text: string) => {
      problems.push(`policy violation: ${text}`)
    })
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const report: unknown = Reflect.get(window, '__ledeReportViolation')
        if (typeof report === 'function') {
          report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'}`)
        }
      })
    })
    await use(page)
    expect(problems, 'the page logged errors or broke its security policy').toEqual([])
  },
  checkA11y: async ({}, use) => {
    await use(async (page) => {
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze()
      const summary = results.violations.map(
        (violation) =>
          `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      )
      expect(summary, 'axe found accessibility violations').toEqual([])
    })
  },
})

// A prerendered page is readable at once, and the app takes it over a moment after its first
// paint: every link and button on it is then React's. React hydrates content behind a Suspense
// boundary (a topic or author page's) in a later pass, so the header can be live while a link
// below it is still plain HTML: a reader who follows it then gets the next page from the
// server, not from the app. So this waits for every one of them.
export async function appStarted(page: Page) {
  await expect(page.getByRole('button', { name: 'Reading settings' })).toBeVisible()
  await page.waitForFunction(() =>
    Array.from(document.querySelectorAll('#lede-root a[href], #lede-root button')).every(
      (element) => Object.keys(element).some((key) => key.startsWith('__reactProps$')),
    ),
  )
}

export { expect }
