import { useEffect, type ReactNode } from 'react'

type Props = { loading: ReactNode; notFound: ReactNode }

// The host sent a page where the article's data should be, which says nothing about whether the
// article exists: the address is loaded as a page, and the host serves its prerendered page (or
// its own not-found page). The loading state stays up meanwhile. Where this document is that
// page load already, the host had no page either, and the reader is told so.
export function LoadAsPage({ loading, notFound }: Props) {
  const loadedHere = isThisDocumentsAddress()
  useEffect(() => {
    if (!loadedHere) window.location.reload()
  }, [loadedHere])
  return loadedHere ? notFound : loading
}

function isThisDocumentsAddress(): boolean {
  const entry = performance.getEntriesByType('navigation')[0]
  const withoutHash = (url: string) => url.replace(/#.*$/, '')
  return entry !== undefined && withoutHash(entry.name) === withoutHash(window.location.href)
}
