import { chromium, type Browser } from '@playwright/test'
import { chromiumArgs, chromiumPath } from '../../e2e/browser.ts'

// The same Chromium, with the same flags, as the end-to-end tests.
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs })
}
