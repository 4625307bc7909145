import { z } from 'zod/mini'
import { WordsSchema } from '../lib/words/words-schema.ts'
import { isSafeHref } from './safe-href.ts'

// One schema for the article JSON: the content build validates what it writes with it,
// and the reader validates what it fetches with it. The types come from here. It uses zod's
// tree-shakable "mini" build because it ships in the reader's first-load JavaScript.

const SafeHrefSchema = z
  .string()
  .check(z.refine(isSafeHref, 'link must be http(s), mailto, a site path or a #fragment'))

// An article's address is /articles/<slug>: lowercase words joined by single hyphens.
export const slugSource = '[a-z0-9]+(?:-[a-z0-9]+)*'
export const slugPattern = new RegExp(`^${slugSource}$`)

// The few HTML elements an author may write inline; anything else stays visible text.
export const inlineElementTags = ['sup', 'sub', 'mark', 'kbd'] as const

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'code'; text: string }
  | { type: 'emphasis'; children: Inline[] }
  | { type: 'strong'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] }
  | { type: 'delete'; children: Inline[] }
  | { type: 'break' }
  | { type: 'element'; tag: (typeof inlineElementTags)[number]; children: Inline[] }
  | { type: 'abbr'; title: string; children: Inline[] }
  // A numbered call to a note at the end of the article; `refId` is where the note leads back.
  | { type: 'footnoteReference'; number: number; noteId: string; refId: string }

const IdSchema = z.string().check(z.regex(/^[\p{L}\p{N}][\p{L}\p{M}\p{N}-]*$/u))

export const InlineSchema: z.ZodMiniType<Inline> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('text'), text: z.string() }),
    z.object({ type: z.literal('code'), text: z.string() }),
    z.object({ type: z.literal('emphasis'), children: z.array(InlineSchema) }),
    z.object({ type: z.literal('strong'), children: z.array(InlineSchema) }),
    z.object({ type: z.literal('link'), href: SafeHrefSchema, children: z.array(InlineSchema) }),
    z.object({ type: z.literal('delete'), children: z.array(InlineSchema) }),
    z.object({ type: z.literal('break') }),
    z.object({
      type: z.literal('element'),
      tag: z.enum(inlineElementTags),
      children: z.array(InlineSchema),
    }),
    z.object({
      type: z.literal('abbr'),
      title: z.string().check(z.minLength(1)),
      children: z.array(InlineSchema),
    }),
    z.object({
      type: z.literal('footnoteReference'),
      number: z.int().check(z.positive()),
      noteId: IdSchema,
      refId: IdSchema,
    }),
  ]),
)

export type Alignment = 'left' | 'center' | 'right' | null

export type ListItem = { checked: boolean | null; blocks: Block[] }

export type Block =
  // Paragraph ids let a summary point lead back to the passage it came from.
  // Sentences, as [start, end] offsets into the paragraph's text (the content build's own split),
  // let Listen read and highlight one sentence at a time, exactly as written.
  | { type: 'paragraph'; id: string; children: Inline[]; sentences?: number[][] }
  // Headings of level 3 to 6 inside a section; `id` lets a reader link to them.
  | { type: 'subheading'; level?: 3 | 4 | 5 | 6; id?: string; children: Inline[] }
  // `attribution` is who said it, shown apart from the words.
  | { type: 'quote'; blocks: Block[]; attribution: Inline[] | null }
  // `start` is the number an ordered list starts from; `checked` marks a task item.
  | { type: 'list'; ordered: boolean; start: number | null; items: ListItem[] }
  | { type: 'code'; text: string; lang?: string | null }
  | { type: 'separator' }
  | {
      type: 'table'
      align: Alignment[]
      head: Inline[][]
      rows: Inline[][][]
      caption: Inline[] | null
    }

const AlignmentSchema = z.nullable(z.enum(['left', 'center', 'right']))

export const BlockSchema: z.ZodMiniType<Block> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.object({
      type: z.literal('paragraph'),
      id: z.string(),
      children: z.array(InlineSchema),
      sentences: z.optional(z.array(z.array(z.int()))),
    }),
    z.object({
      type: z.literal('subheading'),
      level: z.optional(z.union([z.literal(3), z.literal(4), z.literal(5), z.literal(6)])),
      id: z.optional(IdSchema),
      children: z.array(InlineSchema),
    }),
    z.object({
      type: z.literal('quote'),
      blocks: z.array(BlockSchema),
      attribution: z.nullable(z.array(InlineSchema)),
    }),
    z.object({
      type: z.literal('list'),
      ordered: z.boolean(),
      start: z.nullable(z.int()),
      items: z.array(z.object({ checked: z.nullable(z.boolean()), blocks: z.array(BlockSchema) })),
    }),
    z.object({
      type: z.literal('code'),
      text: z.string(),
      lang: z.optional(z.nullable(z.string())),
    }),
    z.object({ type: z.literal('separator') }),
    z.object({
      type: z.literal('table'),
      align: z.array(AlignmentSchema),
      head: z.array(z.array(InlineSchema)),
      rows: z.array(z.array(z.array(InlineSchema))),
      caption: z.nullable(z.array(InlineSchema)),
    }),
  ]),
)

// A note at the end of the article, numbered in the order it is first referred to.
export const FootnoteSchema = z.object({
  id: IdSchema,
  number: z.int().check(z.positive()),
  // Every place that refers to the note, so each can be returned to.
  refIds: z.array(IdSchema),
  blocks: z.array(BlockSchema),
})
export type Footnote = z.infer<typeof FootnoteSchema>

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
  }),
  // Bylines and topic labels on lists; optional, as lists written before them had neither.
  { author: z.optional(z.nullable(z.string())), tags: z.optional(z.array(z.string())) },
)
export type ArticleListItem = z.infer<typeof ArticleListItemSchema>

// The list is served in pages so that neither the list nor an article ever needs the whole index.
export const ArticleListPageSchema = z.object({
  page: z.int().check(z.positive()),
  pageCount: z.int().check(z.positive()),
  total: z.int().check(z.nonnegative()),
  articles: z.array(ArticleListItemSchema),
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
