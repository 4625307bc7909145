import { useSuspenseQuery } from '@tanstack/react-query'
import { useSearchParams } from 'wouter'
import { listPageQuery } from '../articles/article-queries.ts'
import { ArticleList } from '../articles/article-list.tsx'
import { ArticleSkeleton } from '../articles/article-skeleton.tsx'
import { listDescription, listHeading, listTitle } from '../articles/page-meta.ts'
import { useNavigationState } from '../components/navigation-context.tsx'
import { PageHeading } from '../components/page-heading.tsx'
import { Pagination } from '../components/pagination.tsx'
import { QueryBoundary } from '../articles/query-boundary.tsx'
import { useScrollRestoration } from '../lib/scroll-restoration.ts'

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
  const heading = listHeading(page)
  const { hasNavigated } = useNavigationState()
  useScrollRestoration(`list ${page}`, hasNavigated)
  return (
    <div className="space-y-6">
      <title>{listTitle(page)}</title>
      <meta name="description" content={listDescription} />
      <PageHeading announcement={heading} className="text-3xl font-bold">
        {heading}
      </PageHeading>
      <ArticleList articles={data.articles} />
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
