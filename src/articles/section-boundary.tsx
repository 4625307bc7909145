import type { ReactNode } from 'react'
import { ErrorBoundary } from '../components/error-boundary.tsx'
import { useWords } from '../lib/words/words-context.tsx'

// One part of an article that fails to render takes down only that part: the rest of the
// article still reads, and the reader is told what is missing.
export function SectionBoundary({ children }: { children: ReactNode }) {
  const words = useWords()
  return (
    <ErrorBoundary
      fallback={() => (
        <p role="note" className="rounded border border-line p-4 text-muted">
          {words.sectionFailed}
        </p>
      )}
    >
      {children}
    </ErrorBoundary>
  )
}
