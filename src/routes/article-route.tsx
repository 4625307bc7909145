import { useSuspenseQuery } from '@tanstack/react-query'
import { lazy, Suspense, useEffect } from 'react'
import { articleQuery } from '../articles/article-queries.ts'
import type { Article } from '../articles/article-schema.ts'
import { ArticleSkeleton } from '../articles/article-skeleton.tsx'
import { ArticleView } from '../articles/article-view.tsx'
import { QueryBoundary } from '../articles/query-boundary.tsx'
import { historyScrollY } from '../lib/scroll-memory.ts'
import { afterIdle } from '../lib/after-idle.ts'

// What the reader can do with an article (after the page is idle, never in the first load), and
// what an article offline without a copy shows: other areas' parts, loaded when needed.
const ArticleTools = lazy(() =>
  afterIdle()
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
    <QueryBoundary fallback={<ArticleSkeleton />} resetKey={slug} offline={whenOffline}>
      <LoadedArticle slug={slug} />
    </QueryBoundary>
  )
}

function LoadedArticle({ slug }: { slug: string }) {
  const { data: article } = useSuspenseQuery(articleQuery(slug))
  useScrollToHash(slug)
  return (
    <>
      <title>{`${article.title} – Lede`}</title>
      <meta name="description" content={describe(article)} />
      <ArticleView article={article} actions={<ArticleTools article={article} />} />
    </>
  )
}

// Every article has a description for search results, even one without a standfirst.
const describe = (article: Article) =>
  article.standfirst ?? article.summary.points[0]?.text ?? article.title

// Where a newly shown article starts: Back and Forward return to the place remembered for that
// history entry; a link to #section lands on that heading (below the sticky header, through
// scroll-padding-top); anything else starts at the top. The browser's own restoration is off
// because it runs before the article has arrived.
function useScrollToHash(slug: string) {
  useEffect(() => {
    window.history.scrollRestoration = 'manual'
    // The article this document was loaded with arrived as HTML, readable before hydration: the
    // browser has placed it already, and the reader may have scrolled, so it is left alone.
    const firstLoad =
      !shownAnArticle &&
      performance.getEntriesByType('navigation')[0]?.name === window.location.href
    shownAnArticle = true
    const remembered = historyScrollY()
    const target = hashTarget()
    if (remembered !== null) window.scrollTo(0, remembered)
    else if (firstLoad) {
      if (target && window.scrollY === 0) target.scrollIntoView()
    } else if (target) target.scrollIntoView()
    else window.scrollTo(0, 0)
  }, [slug])
}

// Only ever read and written in effects, so the server never touches it.
let shownAnArticle = false

// A hash that names nothing, or is not even valid percent-encoding, is left alone.
function hashTarget(): HTMLElement | null {
  try {
    const id = decodeURIComponent(window.location.hash.slice(1))
    return id ? document.getElementById(id) : null
  } catch {
    return null
  }
}
