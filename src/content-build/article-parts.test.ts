import { expect, test } from 'vitest'
import { ArticleSchema } from '../articles/article-schema.ts'
import type { Block } from '../articles/block-schema.ts'
import { articleDraft } from './article-draft-fixture.ts'
import {
  ArticleHeadSchema,
  cacheEntryOf,
  joinArticle,
  joinArticleText,
  joinsAsText,
  splitDraft,
} from './article-parts.ts'
import { unresolvedPicture } from './image-reference.ts'
import { madeHeron } from './image-outcome-fixture.ts'

const figure: Block = {
  type: 'figure',
  image: unresolvedPicture('content/images/heron.jpg', 'A heron'),
  caption: null,
  credit: null,
}
const made = madeHeron
const paragraph = (text: string): Block => ({
  type: 'paragraph',
  id: 'p-1',
  children: [{ type: 'text', text }],
})

test('the head carries none of the text, and head and body join back into the article', () => {
  const draft = articleDraft({
    opening: [paragraph('The harbour wall is mended.')],
    sections: [{ id: 'cost', title: 'Cost', blocks: [paragraph('It cost a lot.')] }],
    footnotes: [{ id: 'fn-1', number: 1, refIds: ['fnref-1'], blocks: [paragraph('A note.')] }],
    summary: { source: 'editor', points: [{ text: 'Mended.', paragraphId: null }] },
    tags: ['harbour'],
  })
  const { head, body } = splitDraft(draft)
  const linked = ArticleHeadSchema.parse({ ...head, previous: null, next: null })
  expect(JSON.stringify(linked)).not.toMatch(/mended|cost a lot|A note/i)
  expect(linked.tags).toEqual(['harbour'])
  const article = joinArticle(linked, body)
  expect(article).toEqual(ArticleSchema.parse({ ...draft, previous: null, next: null }))
})

test("the body's figures get the files the image step made, keeping their alt", () => {
  const { head, body } = splitDraft(articleDraft({ opening: [figure] }))
  const article = joinArticle(
    { ...head, previous: null, next: null },
    body,
    new Map([['content/images/heron.jpg', made]]),
  )
  expect(article.opening[0]).toEqual({ ...figure, image: { alt: 'A heron', ...made.picture } })
})

test('an article joined as text from its cached body is the article joined as objects', () => {
  const draft = articleDraft({
    opening: [paragraph('The harbour wall is mended.')],
    sections: [{ id: 'cost', title: 'Cost', blocks: [paragraph('It cost a lot.')] }],
    footnotes: [{ id: 'fn-1', number: 1, refIds: ['fnref-1'], blocks: [paragraph('A note.')] }],
    tags: ['harbour'],
  })
  const { head, body } = splitDraft(draft)
  const entry = cacheEntryOf({ draft })
  // The draft's head carries more than an article's (its counted terms): both ways drop it.
  const linked = { ...head, previous: null, next: { slug: 'b', title: 'B' }, related: [] }
  const text = joinArticleText(linked, entry.body as string)
  expect(JSON.parse(text)).toEqual(joinArticle(linked, body))
  expect(ArticleSchema.parse(JSON.parse(text))).toEqual(JSON.parse(text))
  expect(text).not.toMatch(/"terms"/)
})

test('a head that breaks the article schema is refused when joined as text', () => {
  const { head } = splitDraft(articleDraft({}))
  const entry = cacheEntryOf({ draft: articleDraft({}) })
  expect(() =>
    joinArticleText(
      { ...head, slug: 'Not A Slug', previous: null, next: null },
      entry.body as string,
    ),
  ).toThrow()
})

test('an article with pictures to fill in is cached before they are, and joined as objects', () => {
  const draft = articleDraft({
    opening: [figure],
    imageRefs: [{ source: 'content/images/heron.jpg', line: 1, column: 1 }],
  })
  expect(joinsAsText(draft)).toBe(false)
  const entry = cacheEntryOf({ draft })
  const { head } = splitDraft(draft)
  const article = joinArticle(
    { ...head, previous: null, next: null },
    JSON.parse(entry.body as string),
    new Map([['content/images/heron.jpg', made]]),
  )
  expect(article.opening[0]).toEqual({ ...figure, image: { alt: 'A heron', ...made.picture } })
})
