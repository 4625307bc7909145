import { useSuspenseQuery } from '@tanstack/react-query'
import { articleQuery } from '../articles/article-queries.ts'
import { ArticleSkeleton } from '../articles/article-skeleton.tsx'
import { ArticleView } from '../articles/article-view.tsx'
import { articleDescription } from '../articles/page-meta.ts'
import { QueryBoundary } from '../articles/query-boundary.tsx'
import { useFetchArticleAhead } from '../articles/use-fetch-article-ahead.ts'
import { usePrefetchArticle } from '../articles/use-prefetch-article.ts'
import { useNavigationState } from '../components/navigation-context.tsx'
import { useScrollRestoration } from '../lib/scroll-restoration.ts'
import { NotFoundRoute } from './not-found-route.tsx'

export function ArticleRoute({ slug }: { slug: string }) {
  return (
    <QueryBoundary fallback={<ArticleSkeleton />} resetKey={slug} notFound={<NotFoundRoute />}>
      <LoadedArticle slug={slug} />
    </QueryBoundary>
  )
}

function LoadedArticle({ slug }: { slug: string }) {
  const { data: article } = useSuspenseQuery(articleQuery(slug))
  const { hasNavigated } = useNavigationState()
  useScrollRestoration(slug, hasNavigated)
  const prefetch = usePrefetchArticle()
  const fetchAhead = useFetchArticleAhead()
  return (
    <>
      <title>{`${article.title} – Lede`}</title>
      <meta name="description" content={articleDescription(article)} />
      <ArticleView article={article} prefetch={prefetch} fetchAhead={fetchAhead} />
    </>
  )
}
