import { useEffect, useState } from 'react'
import { PageHeading } from '../components/page-heading.tsx'
import { formatBytes } from './format-saved.ts'
import { readMarks } from './read-marks.ts'
import { SavedList } from './saved-list.tsx'
import { removeSaved, savedList } from './saved-store.ts'
import { currentPersistence, type Persistence } from './storage-persistence.ts'
import { useStoredList } from './use-stored-list.ts'

const persistenceText: Record<Persistence, string> = {
  kept: 'Your browser has agreed to keep saved articles until you remove them.',
  'may-be-cleared':
    'Your browser has not agreed to keep saved articles for good: it may clear them if space runs low.',
  unknown: 'Your browser does not say whether it will keep saved articles.',
}

export function SavedPage() {
  const saved = useStoredList(savedList)
  const marks = useStoredList(readMarks)
  const [persistence, setPersistence] = useState<Persistence | null>(null)
  useEffect(() => {
    void currentPersistence().then(setPersistence)
  }, [saved.length])
  const total = saved.reduce((sum, article) => sum + article.bytes, 0)

  return (
    <div lang="en" dir="ltr" className="space-y-6">
      <title>Saved articles – Lede</title>
      <PageHeading announcement="Saved articles" className="text-3xl font-bold">
        Saved articles
      </PageHeading>
      {saved.length ? (
        <>
          <p>
            {saved.length === 1 ? 'One article' : `${saved.length} articles`}, {formatBytes(total)},
            kept in this browser for reading offline.{' '}
            {persistence ? persistenceText[persistence] : null}
          </p>
          <SavedList articles={saved} onRemove={(slug) => void removeSaved([slug])} />
          <button
            type="button"
            className="button"
            onClick={() => void removeSaved(saved.map((article) => article.slug))}
          >
            Remove all saved articles
          </button>
        </>
      ) : (
        <p>
          No saved articles yet. Choose “Save for offline” on an article, or beside it in the list,
          to read it without a connection.
        </p>
      )}
      <section aria-labelledby="read-marks" className="space-y-3">
        <h2 id="read-marks" className="text-xl font-bold">
          Read marks
        </h2>
        <p>
          {marks.length
            ? `${marks.length === 1 ? 'One article is' : `${marks.length} articles are`} marked as read in the lists.`
            : 'No articles are marked as read.'}{' '}
          An article is marked once you have read to its end; the marks stay in this browser.
        </p>
        {marks.length ? (
          <button type="button" className="button" onClick={() => readMarks.write([])}>
            Clear read marks
          </button>
        ) : null}
      </section>
    </div>
  )
}
