import { StrictMode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { App } from './app.tsx'
import { ArticleLoadError, ArticleNotFoundError } from './articles/article-queries.ts'
import { readPageData, seedQueries } from './articles/page-data.ts'
import { createQueryClient } from './lib/query-client.ts'
import './styles.css'

const root = document.getElementById('lede-root')
if (!root) throw new Error('Lede needs an element with the id lede-root')

// A missing article or a failed fetch is shown to the reader by an error boundary; it is not a
// fault of the app, so it is not logged as one.
const isExpected = (error: unknown) =>
  error instanceof ArticleNotFoundError || error instanceof ArticleLoadError

const options = {
  onCaughtError: (error: unknown, info: { componentStack?: string }) => {
    if (!isExpected(error)) console.error(error, info.componentStack)
  },
}
const queryClient = createQueryClient()
const app = (
  <StrictMode>
    <App queryClient={queryClient} />
  </StrictMode>
)

// A prerendered page is hydrated only at the address it was rendered for: a static host also
// serves the list's HTML for /?page=2 and the not-found page for any unknown path, and those
// are rendered afresh instead.
const pageData = readPageData(document.getElementById('lede-data'))
const here = window.location.pathname.replace(/(.)\/$/, '$1') + window.location.search
if (pageData && pageData.path === here) {
  seedQueries(queryClient, pageData)
  hydrateRoot(root, app, options)
} else {
  createRoot(root, options).render(app)
}
