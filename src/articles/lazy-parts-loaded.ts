// For tests that render the article view: some of its parts load after the first render.
// Awaiting the same modules lets such a test end only once they have arrived, so nothing is
// still loading when the test's DOM is taken down (which Vitest reports as an unhandled error).
export async function lazyPartsLoaded(): Promise<void> {
  await import('./article-extras.tsx')
}
