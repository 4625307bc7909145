import { z } from 'zod/mini'

// What Pagefind's browser API gives for one page and its sections, as far as the reader uses it.
// Pagefind is a file on the server, not our code, so its answers are checked like any JSON.
export const SubResultSchema = z.object({
  title: z.string(),
  url: z.string(),
  excerpt: z.string(),
})
export type SubResult = z.infer<typeof SubResultSchema>

export const SearchResultSchema = z.object({
  url: z.string(),
  excerpt: z.string(),
  meta: z.object({ title: z.optional(z.string()), date: z.optional(z.string()) }),
  sub_results: z.optional(z.array(SubResultSchema)),
})
export type SearchResult = z.infer<typeof SearchResultSchema>

// The languages with an index of their own, most articles first (written by the site build).
export const SearchLanguagesSchema = z.array(z.object({ lang: z.string(), count: z.number() }))
export type SearchLanguages = z.infer<typeof SearchLanguagesSchema>

export const TopicIndexSchema = z.array(
  z.object({ slug: z.string(), name: z.string(), count: z.number() }),
)
export type TopicIndex = z.infer<typeof TopicIndexSchema>

// The words of one language's articles, most articles first, that a failed search is corrected
// to (written beside each language's index by the site build).
export const SearchWordsSchema = z.array(z.string())
