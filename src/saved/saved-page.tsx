import { useEffect, useState } from 'react'
import { PageHeading } from '../components/page-heading.tsx'
import { fill, pluralForm } from '../lib/words/count.ts'
import { useToolWords } from '../lib/words/use-tool-words.ts'
import type { LanguageWords } from '../lib/words/words-schema.ts'
import { formatBytes } from './format-saved.ts'
import { readMarks } from './read-marks.ts'
import { SavedList } from './saved-list.tsx'
import { removeSaved, savedList } from './saved-store.ts'
import { currentPersistence, type Persistence } from './storage-persistence.ts'
import { useStoredList } from './use-stored-list.ts'

const persistenceText = (words: LanguageWords): Record<Persistence, string> => ({
  kept: words.persistenceKept,
  'may-be-cleared': words.persistenceMayBeCleared,
  unknown: words.persistenceUnknown,
})

// A site page: it speaks the site's language, as the header around it does.
export function SavedPage() {
  const { words, lang } = useToolWords()
  const saved = useStoredList(savedList)
  const marks = useStoredList(readMarks)
  const [persistence, setPersistence] = useState<Persistence | null>(null)
  useEffect(() => {
    void currentPersistence().then(setPersistence)
  }, [saved.length])
  const total = saved.reduce((sum, article) => sum + article.bytes, 0)
  const count = (forms: LanguageWords['savedTotal'], n: number, values = {}) =>
    fill(pluralForm(forms, n, lang), { n: String(n), ...values })

  return (
    <div className="space-y-6">
      <title>{`${words.savedArticles} – Lede`}</title>
      <PageHeading announcement={words.savedArticles} className="text-3xl font-bold">
        {words.savedArticles}
      </PageHeading>
      {saved.length ? (
        <>
          <p>
            {count(words.savedTotal, saved.length, { size: formatBytes(total, lang) })}{' '}
            {persistence ? persistenceText(words)[persistence] : null}
          </p>
          <SavedList articles={saved} onRemove={(slug) => void removeSaved([slug])} />
          <button
            type="button"
            className="button"
            onClick={() => void removeSaved(saved.map((article) => article.slug))}
          >
            {words.removeAll}
          </button>
        </>
      ) : (
        <p>{words.noSavedArticles}</p>
      )}
      <section aria-labelledby="read-marks" className="space-y-3">
        <h2 id="read-marks" className="text-xl font-bold">
          {words.readMarks}
        </h2>
        <p>
          {marks.length ? count(words.readMarksCount, marks.length) : words.noReadMarks}{' '}
          {words.readMarksNote}
        </p>
        {marks.length ? (
          <button type="button" className="button" onClick={() => readMarks.write([])}>
            {words.clearReadMarks}
          </button>
        ) : null}
      </section>
    </div>
  )
}
