import { Link } from 'wouter'

// The two ways on from a page that could not be shown: try again, or go to the list.
type Props = { retry: string; home: string; onRetry: () => void }

export function RetryOrHome({ retry, home, onRetry }: Props) {
  return (
    <div className="flex flex-wrap gap-4">
      <button type="button" onClick={onRetry} className="button">
        {retry}
      </button>
      <Link href="/" className="link self-center">
        {home}
      </Link>
    </div>
  )
}
