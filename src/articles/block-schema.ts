import { z } from 'zod/mini'
import { PictureSchema, type Picture } from './picture-schema.ts'
import { isSafeHref } from './safe-href.ts'

// The typed body of an article: its inline runs, its blocks and its notes. Article text is data
// here, never markup; the reader renders each type through its own component, and the content
// build makes nothing else. zod's tree-shakable "mini" build, as it ships to the reader.

const SafeHrefSchema = z
  .string()
  .check(z.refine(isSafeHref, 'link must be http(s), mailto, a site path or a #fragment'))

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

export const IdSchema = z.string().check(z.regex(/^[\p{L}\p{N}][\p{L}\p{M}\p{N}-]*$/u))

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
  // An image standing alone in its paragraph, with what it shows and who made it.
  | { type: 'figure'; image: Picture; caption: Inline[] | null; credit: Inline[] | null }

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
    z.object({
      type: z.literal('figure'),
      image: PictureSchema,
      caption: z.nullable(z.array(InlineSchema)),
      credit: z.nullable(z.array(InlineSchema)),
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
