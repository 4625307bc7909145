import '@testing-library/jest-dom/vitest'
import { readFileSync } from 'node:fs'
import { cleanup } from '@testing-library/react'
import { afterEach, beforeEach } from 'vitest'

// What a disclosure shows follows from its state in the stylesheet, so a test's document has
// those rules too: a closed summary is then hidden and its button named as a reader hears it.
const disclosures = readFileSync('src/styles/disclosures.css', 'utf8')

beforeEach(() => {
  if (typeof document === 'undefined' || document.getElementById('lede-disclosures')) return
  // A page with scripts, as boot.js marks it: the app is running.
  document.documentElement.setAttribute('data-script', '')
  const style = document.createElement('style')
  style.id = 'lede-disclosures'
  style.textContent = disclosures
  document.head.append(style)
})

// Testing Library only cleans up by itself when test globals are on. Without this, trees stay
// mounted after their test, and work React scheduled (a lazy chunk arriving, say) runs after
// the test file's DOM has gone: an unhandled error that fails the run although every test passed.
afterEach(() => {
  cleanup()
})
