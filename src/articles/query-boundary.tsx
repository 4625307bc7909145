import { QueryErrorResetBoundary } from '@tanstack/react-query'
import { Suspense, type ReactNode } from 'react'
import { ArticleLoadError, ArticleNotFoundError, PageInsteadOfDataError } from './article-errors.ts'
import { LoadAsPage } from './load-as-page.tsx'
import { ErrorBoundary } from '../components/error-boundary.tsx'
import { ErrorView } from './error-view.tsx'
import { NotFoundView } from '../components/not-found-view.tsx'
import { seemsOffline } from '../lib/seems-offline.ts'

type Props = {
  children: ReactNode
  fallback: ReactNode
  resetKey: string
  // What the route offers when the article is not there (the latest articles).
  notFound?: ReactNode
  // Shown instead of the error view when the reader is offline and the data was not kept;
  // null leaves the error view.
  offline?: (retry: () => void) => ReactNode
  // The children show `fallback` themselves while their data loads, so there is no Suspense
  // boundary here. React hydrates a prerendered page's Suspense boundary in a later pass, and
  // commits it no sooner than 300 ms after any fallback it has shown; a route whose data is in
  // the page is whole in the first pass without one.
  loadsInPlace?: boolean
}

// Loading, failure and not-found for a route, in one place: Suspense shows the fallback,
// the error boundary shows what went wrong with a way on.
export function QueryBoundary(props: Props) {
  const { children, fallback, resetKey, notFound: offered, offline, loadsInPlace } = props
  const notFound = offered ?? <NotFoundView />
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary
          onReset={reset}
          resetKeys={[resetKey]}
          fallback={(error, retry) =>
            error instanceof ArticleNotFoundError ? (
              notFound
            ) : error instanceof PageInsteadOfDataError ? (
              <LoadAsPage loading={fallback} notFound={notFound} />
            ) : (
              ((offline && error instanceof ArticleLoadError && seemsOffline()
                ? offline(retry)
                : null) ?? (
                <ErrorView
                  failure={error instanceof ArticleLoadError ? error : undefined}
                  onRetry={retry}
                />
              ))
            )
          }
        >
          {loadsInPlace ? children : <Suspense fallback={fallback}>{children}</Suspense>}
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  )
}
