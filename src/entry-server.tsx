import { StrictMode } from 'react'
import { renderToString } from 'react-dom/server'
import { App } from './app.tsx'
import type { PageData } from './articles/page-data.ts'
import { forgetData, loadDataLayer, seedPage } from './articles/page-store.ts'
import { preloadAll } from './lib/preloadable.tsx'
import { english } from './lib/words/english.ts'

export { ArticleSchema } from './articles/article-schema.ts'
export { ArticleListPageSchema, CollectionPageSchema } from './articles/list-schemas.ts'
export { serialisePageData, type PageData } from './articles/page-data.ts'
export { collectionPath } from './lib/collection-path.ts'

// The parts in chunks of their own (an article's rich blocks and images, the topic and author
// pages) and the data layer, loaded before any page is rendered, so every page renders whole
// and the page's data is in React Query's cache for the routes that read it there. Not a
// top-level await: the lazy chunks import this one, and would wait on it.
export const ready: Promise<unknown> = Promise.all([preloadAll(), loadDataLayer()])

// Renders one page to HTML for the prerender step. The page store and the query cache are
// filled before rendering, so nothing suspends and the markup is the page itself, not its
// loading state; both are emptied after, so no page sees another's data. The tree is the one
// the browser hydrates, StrictMode included, so useId gives the same ids on both sides.
export function renderPage(path: string, data: PageData | null): string {
  if (data) seedPage(data)
  try {
    return renderToString(
      <StrictMode>
        <App siteWords={english} ssrPath={path} />
      </StrictMode>,
    )
  } finally {
    forgetData()
  }
}
