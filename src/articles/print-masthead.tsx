import { useSyncExternalStore } from 'react'

const subscribeToNothing = () => () => {}

// Only on paper: which site a printed article came from, and where to find it again. The server
// knows only the path; the browser fills in the whole address once it has taken over the page.
export function PrintMasthead({ path }: { path: string }) {
  const address = useSyncExternalStore(
    subscribeToNothing,
    () => new URL(path, window.location.href).href,
    () => path,
  )
  return (
    <p className="print-only border-b border-line pb-2 text-sm">
      <span className="wordmark text-base">Lede</span> · <span dir="ltr">{address}</span>
    </p>
  )
}
