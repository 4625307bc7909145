import { useQuery } from '@tanstack/react-query'
import { listPageQuery } from '../articles/article-queries.ts'
import { ArticleList } from '../articles/article-list.tsx'
import { NotFoundView } from '../components/not-found-view.tsx'

// A reader who followed a broken link is offered the latest articles instead of a dead end.
// They are fetched once the page is running; until then (and should that fail) the link to the
// whole list is there.
export function NotFoundRoute() {
  const { data } = useQuery(listPageQuery(1))
  const latest = data?.articles.slice(0, 5) ?? []
  return <NotFoundView>{latest.length ? <ArticleList articles={latest} /> : null}</NotFoundView>
}
