import { rememberedScrollY, rememberScrollY } from './history-scroll.ts'

// The listening half of scroll-restoration.ts, loaded once the page runs: keeps the place of the
// current history entry up to date, and restores it when Back or Forward stays on the page, as
// between places reached through the contents list. Returns the function that stops it.
export function watchScroll(): () => void {
  const path = window.location.pathname
  let timer = 0
  const onScroll = () => {
    if (!timer)
      timer = window.setTimeout(() => {
        timer = 0
        if (window.location.pathname === path) rememberScrollY()
      }, 200)
  }
  const onPopState = () => {
    const remembered = window.location.pathname === path ? rememberedScrollY() : null
    if (remembered !== null) window.scrollTo(0, remembered)
  }
  // Following a link or a shortcut changes the entry at once: save the place first.
  const saveNow = () => {
    window.clearTimeout(timer)
    timer = 0
    if (window.location.pathname === path) rememberScrollY()
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
}
