import { useState } from 'react'
import { fill } from '../lib/words/count.ts'
import { useToolWords } from '../lib/words/use-tool-words.ts'
import type { LanguageWords } from '../lib/words/words-schema.ts'
import { removeSaved, saveArticle, SaveError, savedList } from './saved-store.ts'
import { requestPersistence, type Persistence } from './storage-persistence.ts'
import { useStoredList } from './use-stored-list.ts'

// `name` tells apart the buttons of a list, one per article; it starts with the visible words.
type Props = { slug: string; title: string; name?: string; compact?: boolean }

const persistenceNote = (words: LanguageWords, persistence: Persistence) =>
  persistence === 'kept'
    ? words.savedKept
    : persistence === 'may-be-cleared'
      ? words.savedMayBeCleared
      : ''

function failure(words: LanguageWords, error: unknown): string {
  if (!(error instanceof SaveError)) return words.saveFailed
  switch (error.reason) {
    case 'unsupported':
      return words.saveUnsupported
    case 'unreachable':
      return words.saveUnreachable
    case 'refused':
      return fill(words.saveRefused, { status: String(error.status) })
    default:
      return error.reason satisfies never
  }
}

// A toggle: pressed when the article is saved; pressing it again removes it.
export function SaveButton({ slug, title, name, compact = false }: Props) {
  const { words } = useToolWords()
  const saved = useStoredList(savedList).some((article) => article.slug === slug)
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState('')

  async function toggle() {
    setBusy(true)
    try {
      if (saved) {
        await removeSaved([slug])
        setMessage(words.removedMessage)
      } else {
        await saveArticle(slug, title)
        const persistence = await requestPersistence()
        setMessage(`${words.savedMessage} ${persistenceNote(words, persistence)}`.trim())
      }
    } catch (error) {
      setMessage(failure(words, error))
    } finally {
      setBusy(false)
    }
  }

  return (
    <span className="inline-flex items-center gap-2">
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
        {words.saveForOffline}
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
