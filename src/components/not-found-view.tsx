import type { ReactNode } from 'react'
import { Link } from 'wouter'
import { useWords } from '../lib/words/words-context.tsx'
import { PageHeading } from './page-heading.tsx'

// One wording for every address that leads nowhere; `children` is a way on (the latest articles).
export function NotFoundView({ children }: { children?: ReactNode }) {
  const words = useWords()
  return (
    <div className="space-y-6">
      <title>{`${words.notFound} – Lede`}</title>
      <meta name="robots" content="noindex" />
      <div className="space-y-4">
        <PageHeading announcement={words.notFound} className="headline">
          {words.notFound}
        </PageHeading>
        <p className="standfirst">{words.notFoundMessage}</p>
      </div>
      {children ? (
        <section aria-labelledby="lede-not-found-latest" className="space-y-2">
          <h2 id="lede-not-found-latest" className="text-lg font-semibold">
            {words.notFoundLatest}
          </h2>
          {children}
        </section>
      ) : null}
      <p>
        <Link href="/" className="link">
          {words.goToList}
        </Link>
      </p>
    </div>
  )
}
