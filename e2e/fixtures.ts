import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Page } from '@playwright/test'

type Fixtures = {
  // Console errors a test provokes on purpose (a failed request logs one), as patterns.
  allowedConsoleErrors: RegExp[]
  checkA11y: (page: Page) => Promise<void>
}

// Every test fails on an uncaught exception or an unexpected console error, so the whole
// suite also proves the reader runs cleanly.
export const test = base.extend<Fixtures>({
  allowedConsoleErrors: [[], { option: true }],
  page: async ({ page, allowedConsoleErrors }, use) => {
    const problems: string[] = []
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
    page.on('console', (message) => {
      if (message.type() !== 'error') return
      const text = message.text()
      if (!allowedConsoleErrors.some((pattern) => pattern.test(text))) {
        problems.push(`console error: ${text}`)
      }
    })
    await use(page)
    expect(problems, 'the page logged errors').toEqual([])
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

export { expect }
