import { useEffect } from 'react'
import { placePage, watchScroll } from './scroll-places.ts'

// The one hook for where a page starts and where Back and Forward return to; a route calls it
// for the page it shows (`page` changes when another page is shown). The work is in
// scroll-places.ts. It is part of the entry: every page needs it as soon as the app runs, and
// the entry itself loads after the first paint, so a chunk of its own would only add a request.
export function useScrollRestoration(page: string, hasNavigated: boolean): void {
  // hasNavigated only ever turns true along with a new page, so this runs once a page.
  useEffect(() => {
    placePage(hasNavigated)
    return watchScroll()
  }, [page, hasNavigated])
}
