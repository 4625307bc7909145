import { expect, test } from 'vitest'
import { ArticleListItemSchema } from '../articles/list-schemas.ts'
import { ArticleHeadSchema } from './article-parts.ts'
import { articleFixture } from './article-fixture.ts'
import { listItem, pageText } from './list-item.ts'

const file = (ext: string, width: number) => ({ src: `/images/otter-abc-${width}.${ext}`, width })
const otters = ArticleHeadSchema.parse(
  articleFixture({
    slug: 'otters',
    author: 'Helen Marsh',
    tags: ['sea'],
    featured: true,
    related: [{ slug: 'seals', title: 'Seals' }],
    image: {
      alt: 'An otter',
      src: '/images/otter-abc-800.png',
      width: 1200,
      height: 675,
      type: 'image/png',
      avif: [file('avif', 1200)],
      webp: [file('webp', 1200)],
      fallback: [file('png', 800), file('png', 1200)],
      caption: 'Otters at play',
      credit: null,
    },
  }),
)
const plain = ArticleHeadSchema.parse(articleFixture({ slug: 'plain' }))

test("an item's text is what the list item schema's parse makes of the head, byte for byte", () => {
  for (const head of [otters, plain]) {
    expect(JSON.stringify(listItem(head))).toBe(JSON.stringify(ArticleListItemSchema.parse(head)))
  }
  expect(listItem(plain)).not.toHaveProperty('image')
})

test('a head has one item, whichever list asks for it', () => {
  expect(listItem(otters)).toBe(listItem(otters))
})

test("a page's text is JSON.stringify's, with its items' text made once", () => {
  const page = {
    kind: 'topic',
    slug: 'sea',
    // Quotes, a key's spelling and a NUL in a field: written as JSON.stringify writes them.
    name: 'The "articles":0 desk \u0000',
    page: 1,
    pageCount: 2,
    total: 3,
    articles: [listItem(otters), listItem(plain), listItem(otters)],
  }
  expect(pageText(page)).toBe(JSON.stringify(page))
  expect(pageText({ ...page, articles: [] })).toBe(JSON.stringify({ ...page, articles: [] }))
  // Whatever the order of the page's fields.
  const { articles, ...rest } = page
  expect(pageText({ articles, ...rest })).toBe(JSON.stringify({ articles, ...rest }))
})
