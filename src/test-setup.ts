import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'

// Testing Library only cleans up by itself when test globals are on. Without this, trees stay
// mounted after their test, and work React scheduled (a lazy chunk arriving, say) runs after
// the test file's DOM has gone: an unhandled error that fails the run although every test passed.
afterEach(() => {
  cleanup()
})
