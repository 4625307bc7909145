import { Link } from 'wouter'
import { searchPageWords } from './search-page-words.ts'

export type Suggestion = { query: string; href: string }

// The closest words the index holds to a search that found nothing, as a link to their search.
export function DidYouMean({ suggestion, lang }: { suggestion: Suggestion; lang: string }) {
  const { before, after } = searchPageWords.didYouMean
  return (
    <p>
      {before}
      <Link href={suggestion.href} className="link" lang={lang}>
        <em>{suggestion.query}</em>
      </Link>
      {after}
    </p>
  )
}
