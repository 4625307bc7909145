import { Link } from 'wouter'
import { useWords } from '../lib/words/words-context.tsx'
import { PageHeading } from './page-heading.tsx'

// The message comes from the code that failed, in the site's language.
type Props = { message: string; onRetry: () => void }

export function ErrorView({ message, onRetry }: Props) {
  const words = useWords()
  return (
    <div role="alert" className="space-y-4">
      <title>{`${words.loadFailed} – Lede`}</title>
      <PageHeading announcement={words.loadFailed} className="headline">
        {words.loadFailed}
      </PageHeading>
      <p lang="en">{message}</p>
      <div className="flex flex-wrap gap-4">
        <button type="button" onClick={onRetry} className="button">
          {words.retry}
        </button>
        <Link href="/" className="link self-center">
          {words.goToList}
        </Link>
      </div>
    </div>
  )
}
