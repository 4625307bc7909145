import { useState } from 'react'
import { removeSaved, saveArticle, SaveError, savedList } from './saved-store.ts'
import { requestPersistence } from './storage-persistence.ts'
import { useStoredList } from './use-stored-list.ts'

// `name` tells apart the buttons of a list, one per article; it starts with the visible words.
type Props = { slug: string; title: string; name?: string; compact?: boolean }

const persistenceNote = {
  kept: 'Your browser will keep it until you remove it.',
  'may-be-cleared': 'Your browser may clear it if space runs low.',
  unknown: '',
}

// A toggle: pressed when the article is saved; pressing it again removes it.
export function SaveButton({ slug, title, name, compact = false }: Props) {
  const saved = useStoredList(savedList).some((article) => article.slug === slug)
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState('')

  async function toggle() {
    setBusy(true)
    try {
      if (saved) {
        await removeSaved([slug])
        setMessage('Removed from your saved articles.')
      } else {
        await saveArticle(slug, title)
        const persistence = await requestPersistence()
        setMessage(`Saved for offline reading. ${persistenceNote[persistence]}`.trim())
      }
    } catch (error) {
      setMessage(error instanceof SaveError ? error.message : 'Could not save this article.')
    } finally {
      setBusy(false)
    }
  }

  return (
    <span lang="en" dir="ltr" className="inline-flex items-center gap-2">
      <button
        type="button"
        // In a list it is set in the line of the date, at its height, so the list never moves.
        className={
          compact ? 'link leading-5 aria-pressed:font-bold' : 'button aria-pressed:font-bold'
        }
        aria-label={name}
        aria-pressed={saved}
        aria-busy={busy}
        disabled={busy}
        onClick={() => void toggle()}
      >
        Save for offline
        {saved ? <span aria-hidden="true"> ✓</span> : null}
      </button>
      {/* In a list, the pressed state says it; one status region per article would be noise. */}
      {compact ? null : (
        <span role="status" className="text-sm text-muted">
          {message}
        </span>
      )}
    </span>
  )
}
