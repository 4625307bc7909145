import { z } from 'zod/mini'
import { ArticleSchema, type Article } from '../articles/article-schema.ts'
import type { Block } from '../articles/block-schema.ts'
import type { Picture } from '../articles/picture-schema.ts'
import type { DraftArticle } from './article-draft.ts'
import type { BuiltArticle } from './build-article.ts'
import type { ContentProblem } from './content-problem.ts'
import { mapBlocks } from './block-text.ts'
import type { ImageOutcome } from './image-outcome.ts'
import type { ArticleLink } from './markdown-to-blocks.ts'

// An article in two parts. The head is what the collection steps read: title, date, topics,
// author, lead image, neighbours, related reading. The body is the text and the reader's chrome,
// which only the article's own file needs. A site of 100,000 articles keeps every head in memory
// and reads each body from the cache only to write that article's file, so memory does not grow
// with the length of the articles.
const bodyMask = {
  opening: true,
  sections: true,
  summary: true,
  footnotes: true,
  words: true,
} as const

export const ArticleHeadSchema = z.omit(ArticleSchema, bodyMask)
export type ArticleHead = z.infer<typeof ArticleHeadSchema>
const ArticleBodySchema = z.pick(ArticleSchema, bodyMask)
export type ArticleBody = Pick<Article, keyof typeof bodyMask>
export type DraftHead = Omit<DraftArticle, keyof ArticleBody>

export function splitDraft(draft: DraftArticle): { head: DraftHead; body: ArticleBody } {
  const { opening, sections, summary, footnotes, words, ...head } = draft
  return { head, body: { opening, sections, summary, words, ...(footnotes ? { footnotes } : {}) } }
}

// What the article steps made of a file, as the collection steps need it: the article's head,
// or its problems (with its links, so a link to a missing article is still reported).
export type BuiltHead =
  { head: DraftHead } | { problems: ContentProblem[]; articleLinks?: ArticleLink[] }

export function headOf(built: BuiltArticle): { built: BuiltHead; body?: ArticleBody } {
  if ('problems' in built) return { built }
  const { head, body } = splitDraft(built.draft)
  return { built: { head }, body }
}

// What the article cache keeps of a built article, as text: its head, and its body, or null for
// a file with problems. Made where the article is built (on a worker thread in a cold build), so
// its body never crosses to the main thread as objects, and the main thread writes it as it
// comes. A body that will be joined as text (below) is checked by the article's schema here;
// one with pictures cannot be yet, as its figures are filled in by the image step, and it is
// checked whole when its file is made.
export type CacheEntry = { head: string; body: string | null }

export function cacheEntryOf(built: BuiltArticle): CacheEntry {
  const { built: head, body } = headOf(built)
  const checked =
    body && 'head' in head && joinsAsText(head.head) ? ArticleBodySchema.parse(body) : body
  return { head: JSON.stringify(head), body: checked ? JSON.stringify(checked) : null }
}

// Whether an article's file is its head joined to its cached body's text: when it has no
// pictures for the image step to fill in, in its text or as its lead image.
export const joinsAsText = (head: Pick<DraftHead, 'imageRefs'>): boolean => !head.imageRefs.length

// An article's file from its head and its cached body's text, for an article that joins as
// text: the same article as `joinArticle` makes, without reading its body back into objects.
// The head is checked here; the body was checked when it was cached, and the article schema
// has no rule across the two parts, so the whole passes the article's schema.
export function joinArticleText(head: ArticleHead, bodyText: string): string {
  const headText = JSON.stringify(ArticleHeadSchema.parse(head))
  return `${headText.slice(0, -1)},${bodyText.slice(1)}`
}

// The article's file: its head as the collection left it, its body with the image step's files
// in its figures. Checked by the article's schema, as the reader will check it.
export function joinArticle(
  head: ArticleHead,
  body: ArticleBody,
  images: ReadonlyMap<string, ImageOutcome> = new Map(),
): Article {
  return ArticleSchema.parse({ ...head, ...bodyWithPictures(body, images) })
}

export const articleFileName = (slug: string) => `articles/${slug}.json`

// Pictures carry their source path in `src` until the image step's files are known.
export function resolvePicture<P extends Picture>(
  picture: P,
  images: ReadonlyMap<string, ImageOutcome>,
): P {
  const outcome = images.get(picture.src)
  return outcome && 'picture' in outcome ? { ...picture, ...outcome.picture } : picture
}

function bodyWithPictures(body: ArticleBody, images: ReadonlyMap<string, ImageOutcome>) {
  if (!images.size) return body
  const blocks = (list: Block[]) =>
    mapBlocks(list, (block) =>
      block.type === 'figure' ? { ...block, image: resolvePicture(block.image, images) } : block,
    )
  return {
    ...body,
    opening: blocks(body.opening),
    sections: body.sections.map((section) => ({ ...section, blocks: blocks(section.blocks) })),
    ...(body.footnotes
      ? { footnotes: body.footnotes.map((note) => ({ ...note, blocks: blocks(note.blocks) })) }
      : {}),
  }
}
