import type { QueryClient } from '@tanstack/react-query'
import { articleQuery, listPageQuery } from './article-queries.ts'
import type { Article } from './article-schema.ts'
import { collectionPageQuery } from './collection-queries.ts'
import type { ArticleListItem } from './list-schemas.ts'
import type { PageData } from './page-data.ts'
import { sharedQueryClient } from './query-client.ts'

// The reader's data layer: React Query's cache, with what the first load asks of it. It loads
// once the first load is over, or when a reader reaches for another page first
// (src/articles/page-store.ts), never in the first load.
export { sharedQueryClient }

export function seedQueries(queryClient: QueryClient, data: PageData): void {
  if (data.kind === 'article') {
    queryClient.setQueryData(articleQuery(data.article.slug).queryKey, data.article)
  } else if (data.kind === 'list') {
    queryClient.setQueryData(listPageQuery(data.listPage.page).queryKey, data.listPage)
  } else {
    const { kind, slug, page } = data.collectionPage
    queryClient.setQueryData(collectionPageQuery(kind, slug, page).queryKey, data.collectionPage)
  }
}

export const ensureArticle = (slug: string): Promise<Article> =>
  sharedQueryClient().ensureQueryData(articleQuery(slug))

export const prefetchArticle = (slug: string): Promise<void> =>
  sharedQueryClient().prefetchQuery(articleQuery(slug))

export const latestArticles = async (count: number): Promise<ArticleListItem[]> =>
  (await sharedQueryClient().fetchQuery(listPageQuery(1))).articles.slice(0, count)
