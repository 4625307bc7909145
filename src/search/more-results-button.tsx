import { moreResultsWords } from './search-page-words.ts'

type Props = { loading: boolean; onMore: () => void }

// Stays enabled while the next results load (aria-disabled, not disabled), so the focus it holds
// is not dropped to the page before the first new result can take it.
export function MoreResultsButton({ loading, onMore }: Props) {
  // In a paragraph, so the page's grid does not stretch it across the column; `.button` is the
  // site's own, so the article page's styles gain nothing for it.
  return (
    <p>
      <button
        type="button"
        aria-disabled={loading}
        onClick={() => {
          if (!loading) onMore()
        }}
        className="button"
      >
        {moreResultsWords.showMore}
      </button>
    </p>
  )
}
