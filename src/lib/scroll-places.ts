// Where a page starts and where Back and Forward return to (scroll-restoration.ts calls this
// once the app runs).
//
// Each history entry remembers how far down the page it was, in its own history.state, so Back
// and Forward return to where the reader was on that entry, not merely on that address. The
// browser's own restoration is off because it runs before a page's data has arrived.
const key = 'ledeScrollY'

export function rememberedScrollY(): number | null {
  const state: unknown = window.history.state
  if (typeof state !== 'object' || state === null) return null
  const value: unknown = Reflect.get(state, key)
  return typeof value === 'number' ? value : null
}

function rememberScrollY(): void {
  const state: unknown = window.history.state
  const base = typeof state === 'object' && state !== null ? state : {}
  window.history.replaceState({ ...base, [key]: Math.round(window.scrollY) }, '')
}

// A hash that names nothing, or is not even valid percent-encoding, is left alone.
function hashTarget(): HTMLElement | null {
  try {
    const id = decodeURIComponent(window.location.hash.slice(1))
    return id ? document.getElementById(id) : null
  } catch {
    return null
  }
}

// Back and Forward return to the place remembered for that history entry; a link to #section
// lands on that heading (below the sticky header, through scroll-padding-top); anything else
// starts at the top. The page this document was loaded with arrived as HTML, readable before
// hydration: the browser has placed it already and the reader may have scrolled, so it is left
// alone unless it names a section and has not moved.
export function placePage(hasNavigated: boolean): void {
  window.history.scrollRestoration = 'manual'
  const remembered = rememberedScrollY()
  const target = hashTarget()
  if (remembered !== null) window.scrollTo(0, remembered)
  else if (!hasNavigated) {
    if (target && window.scrollY === 0) target.scrollIntoView()
  } else if (target) target.scrollIntoView()
  else window.scrollTo(0, 0)
}

// Keeps the place of the current history entry up to date, and restores it when Back or
// Forward stays on the page, as between places reached through the contents list. Returns the
// function that stops it.
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
