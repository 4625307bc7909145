import { QueryErrorResetBoundary } from '@tanstack/react-query'
import { Suspense, type ReactNode } from 'react'
import { ErrorBoundary } from 'react-error-boundary'
import { ArticleNotFoundError } from './article-queries.ts'
import { ErrorView } from '../components/error-view.tsx'
import { NotFoundView } from '../components/not-found-view.tsx'

// `notFound` is what the route offers when the article is not there (the latest articles).
type Props = { children: ReactNode; fallback: ReactNode; resetKey: string; notFound?: ReactNode }

// Loading, failure and not-found for a route, in one place: Suspense shows the fallback,
// the error boundary shows what went wrong with a way on.
export function QueryBoundary({ children, fallback, resetKey, notFound }: Props) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary
          onReset={reset}
          resetKeys={[resetKey]}
          fallbackRender={({ error, resetErrorBoundary }) =>
            error instanceof ArticleNotFoundError ? (
              (notFound ?? <NotFoundView />)
            ) : (
              <ErrorView
                message={error instanceof Error ? error.message : 'Something went wrong.'}
                onRetry={resetErrorBoundary}
              />
            )
          }
        >
          <Suspense fallback={fallback}>{children}</Suspense>
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  )
}
