import { z } from 'zod/mini'
import { WordsSchema } from '../lib/words/words-schema.ts'
import { BlockSchema, FootnoteSchema, IdSchema } from './block-schema.ts'
import { LeadImageSchema } from './picture-schema.ts'

// One schema for the article JSON: the content build validates what it writes with it,
// and the reader validates what it fetches with it. The types come from here. It uses zod's
// tree-shakable "mini" build because it ships in the reader's first-load JavaScript.

// An article's address is /articles/<slug>: lowercase words joined by single hyphens.
export const slugSource = '[a-z0-9]+(?:-[a-z0-9]+)*'
export const slugPattern = new RegExp(`^${slugSource}$`)

export const SectionSchema = z.object({
  // Marks follow letters in many scripts (Hebrew points, Devanagari vowel signs).
  id: IdSchema,
  title: z.string().check(z.minLength(1)),
  blocks: z.array(BlockSchema),
})
export type Section = z.infer<typeof SectionSchema>

export const SummaryPointSchema = z.object({
  text: z.string().check(z.minLength(1)),
  // The paragraph a generated point was taken from; editor points have none.
  paragraphId: z.nullable(z.string()),
})
export type SummaryPoint = z.infer<typeof SummaryPointSchema>

export const SummarySchema = z.object({
  source: z.enum(['editor', 'generated']),
  points: z.array(SummaryPointSchema),
})
export type Summary = z.infer<typeof SummarySchema>

// The content build checks that a date is a real one (front-matter.ts); the reader only needs
// its shape, and a plain pattern keeps zod's date-time machinery out of the first load.
const IsoDateSchema = z
  .string()
  .check(z.regex(/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/))

// A neighbour always has a title; it has a slug only when that article is in the collection,
// so the reader never links to a page that does not exist.
// Its date, when known, lets the reader say whether it is newer or older.
export const NeighbourSchema = z.object({
  slug: z.nullable(z.string()),
  title: z.string(),
  date: z.optional(IsoDateSchema),
})
export type Neighbour = z.infer<typeof NeighbourSchema>

// Another article named by an article: related reading and more from the same author.
export const ArticleRefSchema = z.object({
  slug: z.string().check(z.regex(slugPattern)),
  title: z.string().check(z.minLength(1)),
})
export type ArticleRef = z.infer<typeof ArticleRefSchema>

export const ArticleSchema = z.object({
  slug: z.string().check(z.regex(slugPattern)),
  title: z.string().check(z.minLength(1)),
  date: IsoDateSchema,
  // The date as the reader sees it, in the article's language (content-build/format-date.ts).
  displayDate: z.string().check(z.minLength(1)),
  standfirst: z.nullable(z.string()),
  author: z.nullable(z.string()),
  lang: z.string().check(z.minLength(2)),
  dir: z.enum(['ltr', 'rtl']),
  tags: z.array(z.string()),
  // Marked by an editor to lead the front page; absent on most articles.
  featured: z.optional(z.boolean()),
  // Optional: most articles have none, and data written before images existed still reads.
  image: z.optional(LeadImageSchema),
  opening: z.array(BlockSchema),
  sections: z.array(SectionSchema),
  summary: SummarySchema,
  // Optional so that data written before notes existed still reads.
  footnotes: z.optional(z.array(FootnoteSchema)),
  wordCount: z.int().check(z.nonnegative()),
  // The reader's chrome in the article's language (src/lib/words/), chosen by the build.
  words: WordsSchema,
  previous: z.nullable(NeighbourSchema),
  next: z.nullable(NeighbourSchema),
  // Chosen at build time across the collection (content-build/related-reading.ts); optional, as
  // an article built on its own has no collection to choose from.
  related: z.optional(z.array(ArticleRefSchema)),
  moreByAuthor: z.optional(z.array(ArticleRefSchema)),
})
export type Article = z.infer<typeof ArticleSchema>
