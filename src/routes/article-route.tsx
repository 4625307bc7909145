import { lazy, Suspense, useEffect, useState } from 'react'
import { ArticleSkeleton } from '../articles/article-skeleton.tsx'
import type { Article } from '../articles/article-schema.ts'
import { ArticleView } from '../articles/article-view.tsx'
import { articleDescription } from '../articles/page-meta.ts'
import { QueryBoundary } from '../articles/query-boundary.tsx'
import { useFetchArticleAhead } from '../articles/use-fetch-article-ahead.ts'
import { usePrefetchArticle } from '../articles/use-prefetch-article.ts'
import { fetchArticle } from '../articles/page-store.ts'
import { useStoredArticle } from '../articles/use-stored-article.ts'
import { useNavigationState } from '../components/navigation-context.tsx'
import { useScrollRestoration } from '../lib/scroll-restoration.ts'
import { NotFoundRoute } from './not-found-route.tsx'
import { afterFirstLoad } from '../lib/after-first-load.ts'

// What the reader can do with an article (once the first load is over, never in it), and
// what an article offline without a copy shows: other areas' parts, loaded when needed.
const ArticleTools = lazy(() =>
  afterFirstLoad()
    .then(() => import('./article-tools.tsx'))
    .then((module) => ({ default: module.ArticleTools })),
)
const OfflineArticleNotice = lazy(() =>
  import('../saved/offline-article-notice.tsx').then((module) => ({
    default: module.OfflineArticleNotice,
  })),
)

// Only where the service worker is there to hand over the notice's code; otherwise the
// ordinary error view says the reader is offline.
const whenOffline = (retry: () => void) =>
  navigator.serviceWorker?.controller ? (
    <Suspense fallback={<ArticleSkeleton />}>
      <OfflineArticleNotice onRetry={retry} />
    </Suspense>
  ) : null

export function ArticleRoute({ slug }: { slug: string }) {
  return (
    <QueryBoundary
      fallback={<ArticleSkeleton />}
      resetKey={slug}
      notFound={<NotFoundRoute />}
      offline={whenOffline}
      loadsInPlace
    >
      <ArticleData slug={slug} />
    </QueryBoundary>
  )
}

// The data is here before the article is shown, whether it came in the page or a link waited
// for it. A page drawn in the browser at an article's address shows the skeleton while the data
// layer fetches it; a failure goes to the boundary, as a suspending query's would, and the
// boundary's Retry draws this afresh, which fetches again.
function ArticleData({ slug }: { slug: string }) {
  const article = useStoredArticle(slug)
  const [failure, setFailure] = useState<{ slug: string; error: unknown } | null>(null)
  useEffect(() => {
    if (article) return
    let live = true
    fetchArticle(slug).catch((error: unknown) => {
      if (live) setFailure({ slug, error })
    })
    return () => {
      live = false
    }
  }, [slug, article])
  if (failure?.slug === slug) throw failure.error
  return article ? <LoadedArticle slug={slug} article={article} /> : <ArticleSkeleton />
}

function LoadedArticle({ slug, article }: { slug: string; article: Article }) {
  const { hasNavigated } = useNavigationState()
  useScrollRestoration(slug, hasNavigated)
  const prefetch = usePrefetchArticle()
  const fetchAhead = useFetchArticleAhead()
  return (
    <>
      <title>{`${article.title} – Lede`}</title>
      <meta name="description" content={articleDescription(article)} />
      <ArticleView
        article={article}
        prefetch={prefetch}
        fetchAhead={fetchAhead}
        actions={(text) => <ArticleTools article={article} text={text} />}
      />
    </>
  )
}
