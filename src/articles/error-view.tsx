import type { LoadFailure } from './article-errors.ts'
import { fill } from '../lib/words/count.ts'
import type { Words } from '../lib/words/words-schema.ts'
import { useWords } from '../lib/words/words-context.tsx'
import { PageHeading } from '../components/page-heading.tsx'
import { RetryOrHome } from '../components/retry-or-home.tsx'

// What went wrong, when the code that failed knows (a failed fetch names its case); anything
// else is "something went wrong".
type Props = { failure?: { reason: LoadFailure; status?: number | undefined }; onRetry: () => void }

const reasonWords = {
  timeout: 'loadTimeout',
  offline: 'loadOffline',
  unreachable: 'loadUnreachable',
  refused: 'loadRefused',
  damaged: 'loadDamaged',
  unreadable: 'loadUnreadable',
} as const satisfies Record<LoadFailure, keyof Words>

export function ErrorView({ failure, onRetry }: Props) {
  const words = useWords()
  const message = failure ? words[reasonWords[failure.reason]] : words.somethingWrong
  return (
    <div role="alert" className="space-y-4">
      <title>{`${words.loadFailed} – Lede`}</title>
      <PageHeading announcement={words.loadFailed} className="headline">
        {words.loadFailed}
      </PageHeading>
      <p>{fill(message, { status: String(failure?.status ?? '') })}</p>
      <RetryOrHome retry={words.retry} home={words.goToList} onRetry={onRetry} />
    </div>
  )
}
