import { hash } from 'node:crypto'
import type { DraftHead } from './article-parts.ts'

// What of an article decides anything beyond its own file and the list items that carry it:
// all of its head but its standfirst and its word count, which only those show, and its counted
// words, which decide related reading (relate-collection.ts works out what they change). Two
// builds of a collection whose articles all have the shapes they had lay it out the same way:
// the same order, neighbours, topics, authors, pages, links and pictures. A rebuild in place
// (rebuild-in-place.ts) rests on that. A field added to the head is part of the shape unless
// it is named here, so a new field can only make rebuilds in place rarer, never wrong.
export function shapeOf(draft: DraftHead): string {
  const shape: Partial<DraftHead> = { ...draft }
  delete shape.standfirst
  delete shape.wordCount
  delete shape.terms
  return hash('sha1', JSON.stringify(shape), 'base64')
}
