import { useSyncExternalStore } from 'react'
import { currentChoice, type ReadingPreference } from './reading-preferences.ts'

// The choice shown is the one on <html>, wherever it was made: before the page was painted
// (a stored one, by src/boot.ts), before the app started (by boot.js too), or here. The server
// and hydration show the default, which is what the server's HTML holds.
export function useChoice(preference: ReadingPreference): string {
  return useSyncExternalStore(
    subscribeToRoot,
    () => currentChoice(preference),
    () => preference.options[0].value,
  )
}

function subscribeToRoot(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange)
  observer.observe(document.documentElement, { attributes: true })
  return () => observer.disconnect()
}
