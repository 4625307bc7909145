import { useSuspenseQuery } from '@tanstack/react-query'
import { useEffect } from 'react'
import { articleQuery } from '../articles/article-queries.ts'
import type { Article } from '../articles/article-schema.ts'
import { ArticleSkeleton } from '../articles/article-skeleton.tsx'
import { ArticleView } from '../articles/article-view.tsx'
import { QueryBoundary } from '../components/query-boundary.tsx'

export function ArticleRoute({ slug }: { slug: string }) {
  return (
    <QueryBoundary fallback={<ArticleSkeleton />} resetKey={slug}>
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
      <ArticleView article={article} />
    </>
  )
}

// Every article has a description for search results, even one without a standfirst.
const describe = (article: Article) =>
  article.standfirst ?? article.summary.points[0]?.text ?? article.title

// The browser scrolls to #section only if the element exists when the page loads; an article
// arrives later, so scroll once it is there. A hash that names nothing is left alone.
function useScrollToHash(slug: string) {
  useEffect(() => {
    const id = decodeURIComponent(window.location.hash.slice(1))
    const target = id ? document.getElementById(id) : null
    if (target) target.scrollIntoView()
    else window.scrollTo(0, 0)
  }, [slug])
}
