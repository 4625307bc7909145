import { Fragment } from 'react'
import { excerptParts } from './excerpt-parts.ts'

// The words the search matched are marked; the rest is plain text, never markup.
export function HighlightedExcerpt({ excerpt }: { excerpt: string }) {
  return (
    <>
      {excerptParts(excerpt).map((part, index) =>
        part.marked ? (
          <mark key={index}>{part.text}</mark>
        ) : (
          <Fragment key={index}>{part.text}</Fragment>
        ),
      )}
    </>
  )
}
