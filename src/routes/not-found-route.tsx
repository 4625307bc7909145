import { useEffect, useState } from 'react'
import { ArticleList } from '../articles/article-list.tsx'
import type { ArticleListItem } from '../articles/list-schemas.ts'
import { latestArticles } from '../articles/page-store.ts'
import { NotFoundView } from '../components/not-found-view.tsx'

// A reader who followed a broken link is offered the latest articles instead of a dead end.
// They are fetched once the page is running; until then (and should that fail) the link to the
// whole list is there.
export function NotFoundRoute() {
  const [latest, setLatest] = useState<ArticleListItem[]>([])
  useEffect(() => {
    let live = true
    latestArticles(5).then(
      (articles) => live && setLatest(articles),
      () => undefined,
    )
    return () => {
      live = false
    }
  }, [])
  return <NotFoundView>{latest.length ? <ArticleList articles={latest} /> : null}</NotFoundView>
}
