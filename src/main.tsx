import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app.tsx'
import { ArticleLoadError, ArticleNotFoundError } from './articles/article-queries.ts'
import { createQueryClient } from './lib/query-client.ts'
import './styles.css'

const root = document.getElementById('lede-root')
if (!root) throw new Error('Lede needs an element with the id lede-root')

// A missing article or a failed fetch is shown to the reader by an error boundary; it is not a
// fault of the app, so it is not logged as one.
const isExpected = (error: unknown) =>
  error instanceof ArticleNotFoundError || error instanceof ArticleLoadError

createRoot(root, {
  onCaughtError: (error, info) => {
    if (!isExpected(error)) console.error(error, info.componentStack)
  },
}).render(
  <StrictMode>
    <App queryClient={createQueryClient()} />
  </StrictMode>,
)
