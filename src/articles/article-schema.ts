import { z } from 'zod'

// One schema for the article JSON: the content build validates what it writes with it,
// and the reader validates what it fetches with it. The types come from here.

const SafeHrefSchema = z
  .string()
  .refine((href) => /^(https?:\/\/|mailto:|\/(?!\/)|#)/i.test(href), 'link must be http(s), mailto, a site path or a #fragment')

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'code'; text: string }
  | { type: 'emphasis'; children: Inline[] }
  | { type: 'strong'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] }

export const InlineSchema: z.ZodType<Inline> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('text'), text: z.string() }),
    z.object({ type: z.literal('code'), text: z.string() }),
    z.object({ type: z.literal('emphasis'), children: z.array(InlineSchema) }),
    z.object({ type: z.literal('strong'), children: z.array(InlineSchema) }),
    z.object({ type: z.literal('link'), href: SafeHrefSchema, children: z.array(InlineSchema) }),
  ]),
)

export const BlockSchema = z.discriminatedUnion('type', [
  // Paragraph ids let a summary point lead back to the passage it came from.
  z.object({ type: z.literal('paragraph'), id: z.string(), children: z.array(InlineSchema) }),
  z.object({ type: z.literal('subheading'), children: z.array(InlineSchema) }),
  z.object({ type: z.literal('quote'), children: z.array(z.array(InlineSchema)) }),
  z.object({
    type: z.literal('list'),
    ordered: z.boolean(),
    items: z.array(z.array(InlineSchema)),
  }),
  z.object({ type: z.literal('code'), text: z.string() }),
])
export type Block = z.infer<typeof BlockSchema>

export const SectionSchema = z.object({
  id: z.string().regex(/^[\p{L}\p{N}][\p{L}\p{N}-]*$/u),
  title: z.string().min(1),
  blocks: z.array(BlockSchema),
})
export type Section = z.infer<typeof SectionSchema>

export const SummaryPointSchema = z.object({
  text: z.string().min(1),
  // The paragraph a generated point was taken from; editor points have none.
  paragraphId: z.string().nullable(),
})
export type SummaryPoint = z.infer<typeof SummaryPointSchema>

export const SummarySchema = z.object({
  source: z.enum(['editor', 'generated']),
  points: z.array(SummaryPointSchema),
})
export type Summary = z.infer<typeof SummarySchema>

// A neighbour always has a title; it has a slug only when that article is in the collection,
// so the reader never links to a page that does not exist.
export const NeighbourSchema = z.object({ slug: z.string().nullable(), title: z.string() })
export type Neighbour = z.infer<typeof NeighbourSchema>

export const IsoDateSchema = z.iso.date().or(z.iso.datetime({ offset: true }))

export const ArticleSchema = z.object({
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  title: z.string().min(1),
  date: IsoDateSchema,
  standfirst: z.string().nullable(),
  author: z.string().nullable(),
  lang: z.string().min(2),
  dir: z.enum(['ltr', 'rtl']),
  tags: z.array(z.string()),
  opening: z.array(BlockSchema),
  sections: z.array(SectionSchema),
  summary: SummarySchema,
  wordCount: z.number().int().nonnegative(),
  readingMinutes: z.number().int().positive(),
  previous: NeighbourSchema.nullable(),
  next: NeighbourSchema.nullable(),
})
export type Article = z.infer<typeof ArticleSchema>

export const ArticleListItemSchema = ArticleSchema.pick({
  slug: true,
  title: true,
  date: true,
  standfirst: true,
  lang: true,
  dir: true,
  wordCount: true,
  readingMinutes: true,
})
export type ArticleListItem = z.infer<typeof ArticleListItemSchema>

// The list is served in pages so that neither the list nor an article ever needs the whole index.
export const ArticleListPageSchema = z.object({
  page: z.number().int().positive(),
  pageCount: z.number().int().positive(),
  total: z.number().int().nonnegative(),
  articles: z.array(ArticleListItemSchema),
})
export type ArticleListPage = z.infer<typeof ArticleListPageSchema>
