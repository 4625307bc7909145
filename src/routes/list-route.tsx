import { useSuspenseQuery } from '@tanstack/react-query'
import { lazy, Suspense, useEffect } from 'react'
import { useSearchParams } from 'wouter'
import { listPageQuery } from '../articles/article-queries.ts'
import { ArticleList } from '../articles/article-list.tsx'
import { ArticleSkeleton } from '../articles/article-skeleton.tsx'
import { useNavigationState } from '../components/navigation-context.tsx'
import { PageHeading } from '../components/page-heading.tsx'
import { Pagination } from '../components/pagination.tsx'
import { QueryBoundary } from '../articles/query-boundary.tsx'
import { historyScrollY } from '../lib/scroll-memory.ts'
import { AfterHydration } from '../components/after-hydration.tsx'

const HistoryScrollMemory = lazy(() =>
  import('../components/history-scroll-memory.tsx').then((module) => ({
    default: module.HistoryScrollMemory,
  })),
)

export function ListRoute() {
  const [params] = useSearchParams()
  const page = Number(params.get('page') ?? '1')
  return (
    <QueryBoundary fallback={<ArticleSkeleton />} resetKey={String(page)}>
      <LoadedList page={page} />
    </QueryBoundary>
  )
}

function LoadedList({ page }: { page: number }) {
  const { data } = useSuspenseQuery(listPageQuery(page))
  const title = page > 1 ? `Latest articles, page ${page}` : 'Latest articles'
  useListScroll(page)
  return (
    <div className="space-y-6">
      <title>{page > 1 ? `${title} – Lede` : 'Lede – latest articles'}</title>
      <meta name="description" content="Lede: the latest articles, newest first." />
      <PageHeading announcement={title} className="text-3xl font-bold">
        {title}
      </PageHeading>
      <ArticleList articles={data.articles} />
      <AfterHydration>
        <Suspense fallback={null}>
          <HistoryScrollMemory key={page} />
        </Suspense>
      </AfterHydration>
      <Pagination
        page={page}
        pageCount={data.pageCount}
        href={(n) => (n === 1 ? '/' : `/?page=${n}`)}
        newer="Newer articles"
        older="Older articles"
      />
    </div>
  )
}

// Back to the list returns to the place the reader left it; another page of the list starts at
// the top. The list this document was loaded with is left where the browser put it.
function useListScroll(page: number) {
  const { hasNavigated } = useNavigationState()
  useEffect(() => {
    const remembered = historyScrollY()
    if (remembered !== null) window.scrollTo(0, remembered)
    else if (hasNavigated) window.scrollTo(0, 0)
  }, [page, hasNavigated])
}
