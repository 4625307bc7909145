import { QueryErrorResetBoundary } from '@tanstack/react-query'
import { Suspense, type ReactNode } from 'react'
import { ArticleNotFoundError, PageInsteadOfDataError } from './article-errors.ts'
import { LoadAsPage } from './load-as-page.tsx'
import { ErrorBoundary } from '../components/error-boundary.tsx'
import { ErrorView } from '../components/error-view.tsx'
import { NotFoundView } from '../components/not-found-view.tsx'

type Props = { children: ReactNode; fallback: ReactNode; resetKey: string }

// Loading, failure and not-found for a route, in one place: Suspense shows the fallback,
// the error boundary shows what went wrong with a way on.
export function QueryBoundary({ children, fallback, resetKey }: Props) {
  const notFound = (
    <NotFoundView message="There is no article at this address. It may have moved, or the link may be mistyped." />
  )
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
                title="This page could not be loaded"
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
