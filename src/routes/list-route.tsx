import { useSuspenseQuery } from '@tanstack/react-query'
import { lazy, Suspense, useEffect } from 'react'
import { Link, useSearchParams } from 'wouter'
import { listPageQuery } from '../articles/article-queries.ts'
import { ArticleList } from '../articles/article-list.tsx'
import type { ArticleListItem } from '../articles/article-schema.ts'
import { ArticleSkeleton } from '../articles/article-skeleton.tsx'
import { useNavigationState } from '../components/navigation-context.tsx'
import { PageHeading } from '../components/page-heading.tsx'
import { QueryBoundary } from '../articles/query-boundary.tsx'
import { historyScrollY } from '../lib/scroll-memory.ts'
import { afterIdle } from '../lib/after-idle.ts'
import { AfterHydration } from '../components/after-hydration.tsx'

const HistoryScrollMemory = lazy(() =>
  import('../components/history-scroll-memory.tsx').then((module) => ({
    default: module.HistoryScrollMemory,
  })),
)

// Read marks and saving, beside each article: loaded once the page is idle.
const ListItemTools = lazy(() =>
  afterIdle()
    .then(() => import('../saved/list-item-tools.tsx'))
    .then((module) => ({ default: module.ListItemTools })),
)

const listTools = (article: ArticleListItem) => (
  <ListItemTools slug={article.slug} title={article.title} />
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
      <ArticleList articles={data.articles} tools={listTools} />
      <AfterHydration>
        <Suspense fallback={null}>
          <HistoryScrollMemory key={page} />
        </Suspense>
      </AfterHydration>
      {data.pageCount > 1 ? (
        <nav aria-label="Pages" className="flex justify-between">
          {page > 1 ? (
            <Link href={page === 2 ? '/' : `/?page=${page - 1}`} className="link">
              Newer articles
            </Link>
          ) : (
            <span />
          )}
          <span className="text-muted">
            Page {page} of {data.pageCount}
          </span>
          {page < data.pageCount ? (
            <Link href={`/?page=${page + 1}`} className="link">
              Older articles
            </Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
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
