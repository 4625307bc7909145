import { Link } from 'wouter'
import { useWords } from '../lib/words/words-context.tsx'
import type { Neighbour } from './article-schema.ts'

type Props = {
  previous: Neighbour | null
  next: Neighbour | null
  // The article's own date: a neighbour's date beside it says whether it is newer or older.
  date: string
  // The reader points at or focuses a neighbour's link: its data can be fetched ahead.
  onIntent: (slug: string) => void
}

// The list reads newest first, so "previous" is usually the newer article; a neighbour's own
// date, when known, says which it really is. A lone neighbour takes the whole row.
export function NeighbourLinks({ previous, next, date, onIntent }: Props) {
  const words = useWords()
  if (!previous && !next) return null
  const newer = (neighbour: Neighbour, fallback: boolean) =>
    neighbour.date && neighbour.date !== date
      ? Date.parse(neighbour.date) > Date.parse(date)
      : fallback
  return (
    <nav
      aria-label={words.moreArticles}
      className={previous && next ? 'grid gap-4 sm:grid-cols-2' : 'grid'}
    >
      {previous ? (
        <NeighbourLink
          neighbour={previous}
          rel="prev"
          newer={newer(previous, true)}
          onIntent={onIntent}
        />
      ) : null}
      {next ? (
        <NeighbourLink neighbour={next} rel="next" newer={newer(next, false)} onIntent={onIntent} />
      ) : null}
    </nav>
  )
}

function NeighbourLink({
  neighbour,
  rel,
  newer,
  onIntent,
}: {
  neighbour: Neighbour
  rel: 'prev' | 'next'
  newer: boolean
  onIntent: (slug: string) => void
}) {
  const words = useWords()
  const align = rel === 'next' ? 'sm:text-end' : ''
  const body = (
    <>
      <span className="block text-sm text-muted">{newer ? words.newer : words.older}</span>
      <span className="block font-serif text-lg leading-snug font-bold">{neighbour.title}</span>
    </>
  )
  // A neighbour that is not in the collection is named but never linked: no dead links.
  if (!neighbour.slug) {
    return (
      <p className={`rounded-lg border border-line p-4 ${align}`}>
        {body}
        <span className="block text-sm text-muted">{words.notInCollection}</span>
      </p>
    )
  }
  const slug = neighbour.slug
  return (
    <Link
      href={`/articles/${slug}`}
      onPointerEnter={() => onIntent(slug)}
      onFocus={() => onIntent(slug)}
      rel={rel}
      className={`block rounded-lg border border-line p-4 hover:border-accent ${align}`}
    >
      {body}
    </Link>
  )
}
