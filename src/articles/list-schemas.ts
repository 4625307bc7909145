import { z } from 'zod/mini'
import { ArticleSchema } from './article-schema.ts'

// What lists carry: the front page, a topic's or an author's pages, and the topics themselves.
// Each item is a few fields of the article it stands for, so a list never needs the articles.

export const ArticleListItemSchema = z.extend(
  z.pick(ArticleSchema, {
    slug: true,
    title: true,
    date: true,
    displayDate: true,
    standfirst: true,
    lang: true,
    dir: true,
    wordCount: true,
    // The lead image, shown as the item's thumbnail.
    image: true,
  }),
  // Bylines and topic labels on lists; optional, as lists written before them had neither.
  { author: z.optional(z.nullable(z.string())), tags: z.optional(z.array(z.string())) },
)
export type ArticleListItem = z.infer<typeof ArticleListItemSchema>

// The front page, chosen by the content build (site-steps/compose-front-page.ts): one story
// leads, a tier of smaller ones follows, then a few topics with stories of their own. No story
// is in two of these places.
export const FrontSectionSchema = z.object({
  slug: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  articles: z.array(ArticleListItemSchema).check(z.minLength(1)),
})
export type FrontSection = z.infer<typeof FrontSectionSchema>

export const FrontPageSchema = z.object({
  lead: ArticleListItemSchema,
  tier: z.array(ArticleListItemSchema),
  sections: z.array(FrontSectionSchema),
})
export type FrontPage = z.infer<typeof FrontPageSchema>

// The list is served in pages so that neither the list nor an article ever needs the whole index.
// The first page also carries the front page, absent while there are no articles.
export const ArticleListPageSchema = z.object({
  page: z.int().check(z.positive()),
  pageCount: z.int().check(z.positive()),
  total: z.int().check(z.nonnegative()),
  articles: z.array(ArticleListItemSchema),
  front: z.optional(FrontPageSchema),
})
export type ArticleListPage = z.infer<typeof ArticleListPageSchema>

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
