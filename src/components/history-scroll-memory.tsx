import { useEffect } from 'react'
import { historyScrollY, rememberHistoryScrollY } from '../lib/scroll-memory.ts'

// Keeps the scroll position of the current history entry up to date (the article and list
// routes restore it on Back and Forward), and restores it when Back or Forward stays within
// the article, as between places reached through the contents list.
export function HistoryScrollMemory() {
  useEffect(() => {
    const path = window.location.pathname
    let timer = 0
    const onScroll = () => {
      if (!timer)
        timer = window.setTimeout(() => {
          timer = 0
          if (window.location.pathname === path) rememberHistoryScrollY()
        }, 200)
    }
    const onPopState = () => {
      const remembered = window.location.pathname === path ? historyScrollY() : null
      if (remembered !== null) window.scrollTo(0, remembered)
    }
    // Following a link or a shortcut changes the entry at once: save the place first.
    const saveNow = () => {
      window.clearTimeout(timer)
      timer = 0
      if (window.location.pathname === path) rememberHistoryScrollY()
    }
    window.addEventListener('scroll', onScroll, { passive: true })
    window.addEventListener('popstate', onPopState)
    document.addEventListener('click', saveNow, true)
    document.addEventListener('keydown', saveNow, true)
    return () => {
      window.clearTimeout(timer)
      window.removeEventListener('scroll', onScroll)
      window.removeEventListener('popstate', onPopState)
      document.removeEventListener('click', saveNow, true)
      document.removeEventListener('keydown', saveNow, true)
    }
  }, [])
  return null
}
