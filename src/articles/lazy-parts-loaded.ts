// For tests that render the article view: some of what it uses loads after the first render
// (the fetchers and their schema, with the first fetch, such as a neighbour's when its link is
// pointed at). Awaiting the same modules lets such a test end only once they have arrived, so
// nothing is still loading when the test's DOM is taken down (which Vitest reports as an
// unhandled error), and a cold compile is not counted against a test's wait.
export async function lazyPartsLoaded(): Promise<void> {
  await import('./article-fetch.ts')
}
