import { QueryErrorResetBoundary } from '@tanstack/react-query'
import { Suspense, type ReactNode } from 'react'
import { ArticleNotFoundError, PageInsteadOfDataError } from './article-errors.ts'
import { LoadAsPage } from './load-as-page.tsx'
import { ErrorBoundary } from '../components/error-boundary.tsx'
import { ErrorView } from '../components/error-view.tsx'
import { NotFoundView } from '../components/not-found-view.tsx'

// `notFound` is what the route offers when the article is not there (the latest articles).
type Props = { children: ReactNode; fallback: ReactNode; resetKey: string; notFound?: ReactNode }

// Loading, failure and not-found for a route, in one place: Suspense shows the fallback,
// the error boundary shows what went wrong with a way on.
export function QueryBoundary({ children, fallback, resetKey, notFound: offered }: Props) {
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
              <ErrorView
                message={error instanceof Error ? error.message : 'Something went wrong.'}
                onRetry={retry}
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
