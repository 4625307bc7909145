import { useQuery } from '@tanstack/react-query'
import { lazy } from 'react'
import { useSearchParams } from 'wouter'
import { listPageQuery } from '../articles/article-queries.ts'
import { ArticleList } from '../articles/article-list.tsx'
import { FrontPageView } from '../articles/front-page-view.tsx'
import type { ArticleListItem, ArticleListPage } from '../articles/list-schemas.ts'
import { ArticleSkeleton } from '../articles/article-skeleton.tsx'
import { listDescription, listHeading, listTitle } from '../articles/page-meta.ts'
import { useNavigationState } from '../components/navigation-context.tsx'
import { PageHeading } from '../components/page-heading.tsx'
import { Pagination } from '../components/pagination.tsx'
import { QueryBoundary } from '../articles/query-boundary.tsx'
import { WithQueries } from '../articles/with-queries.tsx'
import { afterFirstLoad } from '../lib/after-first-load.ts'
import { useScrollRestoration } from '../lib/scroll-restoration.ts'

// Read marks and saving, beside each article: loaded once the first load is over.
const ListItemTools = lazy(() =>
  afterFirstLoad()
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
    <WithQueries>
      <QueryBoundary fallback={<ArticleSkeleton />} resetKey={String(page)} loadsInPlace>
        <ListData page={page} />
      </QueryBoundary>
    </WithQueries>
  )
}

// A prerendered list page has its data in the page, so it hydrates in one pass; another page
// of the list shows the skeleton while its data loads.
function ListData({ page }: { page: number }) {
  const { data } = useQuery({ ...listPageQuery(page), throwOnError: true })
  return data ? <LoadedList page={page} data={data} /> : <ArticleSkeleton />
}

function LoadedList({ page, data }: { page: number; data: ArticleListPage }) {
  const { hasNavigated } = useNavigationState()
  useScrollRestoration(`list ${page}`, hasNavigated)
  const pages = (
    <Pagination
      page={page}
      pageCount={data.pageCount}
      href={(n) => (n === 1 ? '/' : `/?page=${n}`)}
      newer="Newer articles"
      older="Older articles"
    />
  )
  return (
    <div className="space-y-6">
      <title>{listTitle(page)}</title>
      <meta name="description" content={listDescription} />
      {data.front ? (
        <FrontPageView list={data} front={data.front} pages={pages} tools={listTools} />
      ) : (
        <>
          <PageHeading announcement={listHeading(page)} className="text-3xl font-bold">
            {listHeading(page)}
          </PageHeading>
          <ArticleList articles={data.articles} tools={listTools} />
          {pages}
        </>
      )}
    </div>
  )
}
