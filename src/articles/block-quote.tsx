import type { ReactNode } from 'react'
import type { Block } from './block-schema.ts'
import { InlineContent } from './inline-content.tsx'

type Quote = Extract<Block, { type: 'quote' }>

// A quote with an attribution is a figure, so the name is tied to the words but not read as
// part of them.
export function BlockQuote({
  quote,
  blocks,
}: {
  quote: Quote
  blocks: (inner: Block[]) => ReactNode
}) {
  const words = (
    <blockquote className="space-y-3 border-s-4 border-accent ps-4 italic">
      {blocks(quote.blocks)}
    </blockquote>
  )
  if (!quote.attribution) return words
  return (
    <figure className="space-y-2">
      {words}
      <figcaption className="ps-5 text-sm text-muted">
        — <InlineContent>{quote.attribution}</InlineContent>
      </figcaption>
    </figure>
  )
}
