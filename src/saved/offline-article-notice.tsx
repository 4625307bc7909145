import { Link } from 'wouter'
import { PageHeading } from '../components/page-heading.tsx'
import { SavedList } from './saved-list.tsx'
import { savedList } from './saved-store.ts'
import { useStoredList } from './use-stored-list.ts'

// What an article that was neither opened nor saved shows offline, instead of an error page.
export function OfflineArticleNotice({ onRetry }: { onRetry: () => void }) {
  const saved = useStoredList(savedList)
  return (
    <div lang="en" dir="ltr" className="space-y-6">
      <title>Not available offline – Lede</title>
      <PageHeading
        announcement="This article is not available offline"
        className="text-3xl font-bold"
      >
        This article is not available offline
      </PageHeading>
      <p>
        You are offline, and this article was not saved or opened in this browser before. It will
        open once you are back online.
      </p>
      <div className="flex flex-wrap gap-4">
        <button type="button" className="button" onClick={onRetry}>
          Retry
        </button>
        <Link href="/" className="link self-center">
          Go to the article list
        </Link>
      </div>
      <section aria-labelledby="saved-offline" className="space-y-3">
        <h2 id="saved-offline" className="text-xl font-bold">
          Saved for offline reading
        </h2>
        {saved.length ? <SavedList articles={saved} /> : <p>You have no saved articles yet.</p>}
      </section>
    </div>
  )
}
