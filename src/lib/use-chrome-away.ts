import { useEffect } from 'react'
import { nextChromeState, type ChromeState } from './chrome-away.ts'
import { onScrollFrame } from './on-scroll-frame.ts'

// Marks <html> with data-chrome="away" while the reader reads down, for the stylesheet: on
// narrow screens the header and the contents bar then slide out of view (a transform, so
// nothing below moves), and come back on a move up. The stylesheet also keeps them in view
// while they hold the focus or an open panel.
export function useChromeAway(): void {
  useEffect(() => {
    const root = document.documentElement
    let state: ChromeState = { away: false, anchorY: window.scrollY }
    const stop = onScrollFrame(() => {
      // The page's scroll padding is the chrome's height (header, and bar where there is one).
      const chrome = parseFloat(getComputedStyle(root).scrollPaddingTop) || 0
      const next = nextChromeState(state, window.scrollY, chrome)
      if (next.away !== state.away) {
        if (next.away) root.setAttribute('data-chrome', 'away')
        else root.removeAttribute('data-chrome')
      }
      state = next
    })
    return () => {
      stop()
      root.removeAttribute('data-chrome')
    }
  }, [])
}
