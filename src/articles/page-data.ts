import type { QueryClient } from '@tanstack/react-query'
import { z } from 'zod/mini'
import { articleQuery, listPageQuery } from './article-queries.ts'
import { ArticleListPageSchema, ArticleSchema } from './article-schema.ts'
import { collectionPageQuery } from './collection-queries.ts'
import { CollectionPageSchema } from './article-schema.ts'

// What a prerendered page was rendered from. It travels in the page as a JSON data block, so
// the browser can hydrate the same tree without fetching the article a second time.
export const PageDataSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('article'), path: z.string(), article: ArticleSchema }),
  z.object({ kind: z.literal('list'), path: z.string(), listPage: ArticleListPageSchema }),
  z.object({
    kind: z.literal('collection'),
    path: z.string(),
    collectionPage: CollectionPageSchema,
  }),
])
export type PageData = z.infer<typeof PageDataSchema>

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

// `<` is escaped so that no text in an article can close the script element or open a comment.
export function serialisePageData(data: PageData): string {
  return JSON.stringify(data).replace(/</g, '\\u003c')
}

// Data that is missing or not what the schema promises is ignored: the app then renders afresh
// and fetches what it needs, as it would without a prerendered page.
export function readPageData(element: HTMLElement | null): PageData | null {
  const text = element?.textContent
  if (!text) return null
  try {
    const parsed = PageDataSchema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}
