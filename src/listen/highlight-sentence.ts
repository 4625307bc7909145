const name = 'lede-listen'

// The sentence being read is marked with the CSS Custom Highlight API, which styles a range
// without changing the article's markup (styles.css: ::highlight(lede-listen)). Where the
// browser lacks it, the player still says which sentence it is on.
export function highlightSentence(range: Range | null): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS) || typeof Highlight === 'undefined') {
    return
  }
  if (range) CSS.highlights.set(name, new Highlight(range))
  else CSS.highlights.delete(name)
}

// Kept in view: scrolled to only when it has left the screen, so a reader who scrolls ahead to
// glance at something is not pulled back at every sentence, only when the reading reaches there.
export function keepInView(range: Range): void {
  const box = range.getBoundingClientRect()
  const header = 64
  if (box.top >= header && box.bottom <= window.innerHeight - 96) return
  const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches
  window.scrollBy({
    top: box.top - window.innerHeight / 3,
    behavior: reduce ? 'auto' : 'smooth',
  })
}
