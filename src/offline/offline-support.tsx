import { useEffect, useState } from 'react'
import { Link } from 'wouter'
import { useToolWords } from '../lib/words/use-tool-words.ts'
import { NewEditionPrompt } from './new-edition-prompt.tsx'
import { registerWorker, type Edition } from './register-worker.ts'

// Makes Lede work offline, leads to the saved articles and tells the reader of new editions. It
// is loaded once the first load is over, so none of it is part of it.
export function OfflineSupport() {
  const { words } = useToolWords()
  const [edition, setEdition] = useState<Edition | null>(null)
  useEffect(() => {
    // Once per page, even where effects run twice (StrictMode in development).
    if (registered) return
    registered = true
    void registerWorker(setEdition)
  }, [])
  return (
    <>
      <Link href="/saved" className="link ms-auto">
        {words.saved}
      </Link>
      {edition ? <NewEditionPrompt edition={edition} onLater={() => setEdition(null)} /> : null}
    </>
  )
}

let registered = false
