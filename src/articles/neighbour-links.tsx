import { Link } from 'wouter'
import type { Neighbour } from './article-schema.ts'

type Props = {
  previous: Neighbour | null
  next: Neighbour | null
  // The reader points at or focuses a neighbour's link: its data can be fetched ahead.
  onIntent: (slug: string) => void
}

export function NeighbourLinks({ previous, next, onIntent }: Props) {
  if (!previous && !next) return null
  return (
    <nav aria-label="More articles" className="grid gap-4 sm:grid-cols-2">
      {previous ? (
        <NeighbourLink neighbour={previous} direction="previous" onIntent={onIntent} />
      ) : (
        <span />
      )}
      {next ? <NeighbourLink neighbour={next} direction="next" onIntent={onIntent} /> : null}
    </nav>
  )
}

function NeighbourLink({
  neighbour,
  direction,
  onIntent,
}: {
  neighbour: Neighbour
  direction: 'previous' | 'next'
  onIntent: (slug: string) => void
}) {
  const label = direction === 'previous' ? 'Previous article' : 'Next article'
  const align = direction === 'next' ? 'sm:text-end' : ''
  const body = (
    <>
      <span lang="en" className="block text-sm text-muted">
        {label}
      </span>
      <span className="block font-semibold">{neighbour.title}</span>
    </>
  )
  // A neighbour that is not in the collection is named but never linked: no dead links.
  if (!neighbour.slug) {
    return (
      <p className={`rounded-lg border border-line p-4 ${align}`}>
        {body}
        <span lang="en" className="block text-sm text-muted">
          Not available in this collection
        </span>
      </p>
    )
  }
  const slug = neighbour.slug
  return (
    <Link
      href={`/articles/${slug}`}
      onPointerEnter={() => onIntent(slug)}
      onFocus={() => onIntent(slug)}
      rel={direction === 'previous' ? 'prev' : 'next'}
      className={`block rounded-lg border border-line p-4 hover:border-accent ${align}`}
    >
      {body}
    </Link>
  )
}
