import { StrictMode } from 'react'
import { renderToString } from 'react-dom/server'
import { App } from './app.tsx'
import { seedQueries } from './articles/data-layer.ts'
import type { PageData } from './articles/page-data.ts'
import { seedPage } from './articles/page-store.ts'
import { sharedQueryClient } from './articles/query-client.ts'
import { preloadAll } from './lib/preloadable.tsx'
import { english } from './lib/words/english.ts'

export { ArticleSchema } from './articles/article-schema.ts'
export { ArticleListPageSchema, CollectionPageSchema } from './articles/list-schemas.ts'
export { serialisePageData, type PageData } from './articles/page-data.ts'
export { collectionPath } from './lib/collection-path.ts'

// The parts in chunks of their own (an article's rich blocks and images, the topic and author
// pages), loaded before any page is rendered, so every page renders whole. Not a top-level
// await: the lazy chunks import this one, and would wait on it.
export const ready: Promise<unknown> = preloadAll()

// Renders one page to HTML for the prerender step. The page store and the query cache are
// filled before rendering, so nothing suspends and the markup is the page itself, not its
// loading state; both are emptied after, so no page sees another's data. The tree is the one
// the browser hydrates, StrictMode included, so useId gives the same ids on both sides.
export function renderPage(path: string, data: PageData | null): string {
  const queryClient = sharedQueryClient()
  seedPage(data)
  if (data) seedQueries(queryClient, data)
  try {
    return renderToString(
      <StrictMode>
        <App siteWords={english} ssrPath={path} />
      </StrictMode>,
    )
  } finally {
    queryClient.clear()
    seedPage(null)
  }
}
