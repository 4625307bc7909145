import { useEffect, useState } from 'react'
import { NewEditionPrompt } from './new-edition-prompt.tsx'
import { registerWorker, type Edition } from './register-worker.ts'

// Makes Lede work offline and tells the reader of new editions. It is loaded after the page is
// idle, so none of it is part of the first load.
export function OfflineSupport() {
  const [edition, setEdition] = useState<Edition | null>(null)
  useEffect(() => {
    // Once per page, even where effects run twice (StrictMode in development).
    if (registered) return
    registered = true
    void registerWorker(setEdition)
  }, [])
  return edition ? <NewEditionPrompt edition={edition} onLater={() => setEdition(null)} /> : null
}

let registered = false
