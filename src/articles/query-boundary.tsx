import { QueryErrorResetBoundary } from '@tanstack/react-query'
import { Suspense, type ReactNode } from 'react'
import { ErrorBoundary } from 'react-error-boundary'
import { ArticleLoadError, ArticleNotFoundError } from './article-queries.ts'
import { ErrorView } from '../components/error-view.tsx'
import { NotFoundView } from '../components/not-found-view.tsx'

type Props = {
  children: ReactNode
  fallback: ReactNode
  resetKey: string
  // Shown instead of the error view when the reader is offline and the data was not kept;
  // null leaves the error view.
  offline?: (retry: () => void) => ReactNode
}

// Loading, failure and not-found for a route, in one place: Suspense shows the fallback,
// the error boundary shows what went wrong with a way on.
export function QueryBoundary({ children, fallback, resetKey, offline }: Props) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary
          onReset={reset}
          resetKeys={[resetKey]}
          fallbackRender={({ error, resetErrorBoundary }) =>
            error instanceof ArticleNotFoundError ? (
              <NotFoundView message="There is no article at this address. It may have moved, or the link may be mistyped." />
            ) : (
              ((offline && error instanceof ArticleLoadError && !navigator.onLine
                ? offline(resetErrorBoundary)
                : null) ?? (
                <ErrorView
                  title="This page could not be loaded"
                  message={error instanceof Error ? error.message : 'Something went wrong.'}
                  onRetry={resetErrorBoundary}
                />
              ))
            )
          }
        >
          <Suspense fallback={fallback}>{children}</Suspense>
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  )
}
