import { describe, expect, it } from 'vitest'
import { partsOf } from './article-parts.ts'
import type { Block } from './block-schema.ts'

const picture = {
  alt: 'A heron',
  src: '/images/heron-0123456789.jpg',
  width: 800,
  height: 600,
  type: 'image/jpeg' as const,
  avif: [{ src: '/images/heron-0123456789.avif', width: 800 }],
  webp: [{ src: '/images/heron-0123456789.webp', width: 800 }],
  fallback: [{ src: '/images/heron-0123456789.jpg', width: 800 }],
}
const paragraph: Block = {
  type: 'paragraph',
  id: 'p1',
  children: [{ type: 'text', text: 'Words.' }],
}
const figure: Block = { type: 'figure', image: picture, caption: null, credit: null }
const table: Block = { type: 'table', align: [null], head: [[]], rows: [], caption: null }
const article = (blocks: Block[], extra = {}) => ({ sections: [{ blocks }], ...extra })
const item = (image?: typeof picture) => ({ slug: 'a', ...(image ? { image } : {}) })

describe('partsOf', () => {
  it('finds no parts in an article of words alone', () => {
    expect(partsOf(article([paragraph]))).toEqual({ pictures: false, richBlocks: false })
  })

  it('finds a lead image, a figure and a table, and notes', () => {
    expect(partsOf(article([paragraph], { image: picture }))).toEqual({
      pictures: true,
      richBlocks: false,
    })
    expect(partsOf(article([figure]))).toEqual({ pictures: true, richBlocks: false })
    expect(partsOf(article([table]))).toEqual({ pictures: false, richBlocks: true })
    expect(partsOf(article([paragraph], { footnotes: [{ id: '1' }] }))).toEqual({
      pictures: false,
      richBlocks: true,
    })
  })

  it('finds a figure inside a quote and a table inside a list item', () => {
    const quoted: Block = { type: 'quote', blocks: [figure], attribution: null }
    const listed: Block = {
      type: 'list',
      ordered: false,
      start: null,
      items: [
        { checked: null, blocks: [paragraph] },
        { checked: null, blocks: [table] },
      ],
    }
    expect(partsOf(article([quoted, listed]))).toEqual({ pictures: true, richBlocks: true })
  })

  it('finds thumbnails in a list page and in its front page', () => {
    expect(partsOf({ articles: [item(), item()] })).toEqual({ pictures: false, richBlocks: false })
    expect(partsOf({ articles: [item(), item(picture)] }).pictures).toBe(true)
    const front = { lead: item(), tier: [item()], sections: [{ articles: [item(picture)] }] }
    expect(partsOf({ articles: [item()], front }).pictures).toBe(true)
  })
})
