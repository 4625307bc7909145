import { useSuspenseQuery } from '@tanstack/react-query'
import { articleQuery } from '../articles/article-queries.ts'
import type { Article } from '../articles/article-schema.ts'
import { ArticleSkeleton } from '../articles/article-skeleton.tsx'
import { ArticleView } from '../articles/article-view.tsx'
import { QueryBoundary } from '../articles/query-boundary.tsx'
import { usePrefetchArticle } from '../articles/use-prefetch-article.ts'
import { useNavigationState } from '../components/navigation-context.tsx'
import { useScrollRestoration } from '../lib/scroll-restoration.ts'

export function ArticleRoute({ slug }: { slug: string }) {
  return (
    <QueryBoundary fallback={<ArticleSkeleton />} resetKey={slug}>
      <LoadedArticle slug={slug} />
    </QueryBoundary>
  )
}

function LoadedArticle({ slug }: { slug: string }) {
  const { data: article } = useSuspenseQuery(articleQuery(slug))
  const { hasNavigated } = useNavigationState()
  useScrollRestoration(slug, hasNavigated)
  const prefetch = usePrefetchArticle()
  return (
    <>
      <title>{`${article.title} – Lede`}</title>
      <meta name="description" content={describe(article)} />
      <ArticleView article={article} prefetch={prefetch} />
    </>
  )
}

// Every article has a description for search results, even one without a standfirst.
const describe = (article: Article) =>
  article.standfirst ?? article.summary.points[0]?.text ?? article.title
