import { moreResultsWords } from './search-page-words.ts'

type Props = { loading: boolean; onMore: () => void }

// Stays enabled while the next results load (aria-disabled, not disabled), so the focus it holds
// is not dropped to the page before the first new result can take it.
export function MoreResultsButton({ loading, onMore }: Props) {
  return (
    <button
      type="button"
      aria-disabled={loading}
      onClick={() => {
        if (!loading) onMore()
      }}
      className="justify-self-start rounded border border-line px-4 py-2 font-semibold hover:bg-line/30 focus-visible:outline-2 aria-disabled:opacity-60"
    >
      {moreResultsWords.showMore}
    </button>
  )
}
