import { PageHeading } from '../components/page-heading.tsx'
import { useToolWords } from '../lib/words/use-tool-words.ts'
import { SavedList } from './saved-list.tsx'
import { savedList } from './saved-store.ts'
import { useStoredList } from './use-stored-list.ts'
import { RetryOrHome } from '../components/retry-or-home.tsx'

// What an article that was neither opened nor saved shows offline, instead of an error page.
// Its data, and so its language, is what is missing: it speaks the site's language.
export function OfflineArticleNotice({ onRetry }: { onRetry: () => void }) {
  const { words } = useToolWords()
  const saved = useStoredList(savedList)
  return (
    <div className="space-y-6">
      <title>{`${words.notOffline} – Lede`}</title>
      <PageHeading announcement={words.notOffline} className="text-3xl font-bold">
        {words.notOffline}
      </PageHeading>
      <p>{words.notOfflineMessage}</p>
      <RetryOrHome retry={words.retry} home={words.goToList} onRetry={onRetry} />
      <section aria-labelledby="saved-offline" className="space-y-3">
        <h2 id="saved-offline" className="text-xl font-bold">
          {words.savedForOffline}
        </h2>
        {saved.length ? <SavedList articles={saved} /> : <p>{words.noSavedYet}</p>}
      </section>
    </div>
  )
}
