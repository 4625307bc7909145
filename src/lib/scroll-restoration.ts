import { useEffect } from 'react'
import { rememberedScrollY } from './history-scroll.ts'

// Where a page starts and where Back and Forward return to: the one hook the routes call.
// The browser's own restoration is off because it runs before a page's data has arrived.

// A hash that names nothing, or is not even valid percent-encoding, is left alone.
function hashTarget(): HTMLElement | null {
  try {
    const id = decodeURIComponent(window.location.hash.slice(1))
    return id ? document.getElementById(id) : null
  } catch {
    return null
  }
}

// Called by a route for the page it shows (`page` changes when another page is shown).
// Back and Forward return to the place remembered for that history entry; a link to #section
// lands on that heading (below the sticky header, through scroll-padding-top); anything else
// starts at the top. The page this document was loaded with arrived as HTML, readable before
// hydration: the browser has placed it already and the reader may have scrolled, so it is left
// alone unless it names a section and has not moved.
export function useScrollRestoration(page: string, hasNavigated: boolean): void {
  useEffect(() => {
    window.history.scrollRestoration = 'manual'
    const remembered = rememberedScrollY()
    const target = hashTarget()
    if (remembered !== null) window.scrollTo(0, remembered)
    else if (!hasNavigated) {
      if (target && window.scrollY === 0) target.scrollIntoView()
    } else if (target) target.scrollIntoView()
    else window.scrollTo(0, 0)
    // hasNavigated only ever turns true along with a new page, so this runs once a page.
  }, [page, hasNavigated])

  // Keeps the place of the current history entry up to date. Listening is not needed for the
  // first paint, so it arrives in a chunk of its own once the page is running.
  useEffect(() => {
    let stop = () => {}
    let live = true
    void import('./scroll-watch.ts').then(({ watchScroll }) => {
      if (live) stop = watchScroll()
    })
    return () => {
      live = false
      stop()
    }
  }, [page])
}
