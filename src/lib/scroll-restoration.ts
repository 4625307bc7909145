import { useEffect } from 'react'

// The one hook for where a page starts and where Back and Forward return to; a route calls it
// for the page it shows (`page` changes when another page is shown). The work is in
// scroll-places.ts, loaded once the app runs.
export function useScrollRestoration(page: string, hasNavigated: boolean): void {
  // hasNavigated only ever turns true along with a new page, so this runs once a page.
  useEffect(() => {
    let stop = () => {}
    let live = true
    void import('./scroll-places.ts').then(({ placePage, watchScroll }) => {
      if (!live) return
      placePage(hasNavigated)
      stop = watchScroll()
    })
    return () => {
      live = false
      stop()
    }
  }, [page, hasNavigated])
}
