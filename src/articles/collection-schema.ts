import { z } from 'zod/mini'
import { ArticleListItemSchema } from './article-schema.ts'

// A topic's or an author's articles, newest first, served a page at a time like the list.
export const CollectionKindSchema = z.enum(['topic', 'author'])
export type CollectionKind = z.infer<typeof CollectionKindSchema>

export const CollectionPageSchema = z.object({
  kind: CollectionKindSchema,
  slug: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  page: z.int().check(z.positive()),
  pageCount: z.int().check(z.positive()),
  total: z.int().check(z.nonnegative()),
  articles: z.array(ArticleListItemSchema),
})
export type CollectionPage = z.infer<typeof CollectionPageSchema>

// Every topic with its number of articles: the search page offers them when nothing matches.
export const TopicIndexSchema = z.array(
  z.object({ slug: z.string(), name: z.string(), count: z.int().check(z.positive()) }),
)
export type TopicIndex = z.infer<typeof TopicIndexSchema>
