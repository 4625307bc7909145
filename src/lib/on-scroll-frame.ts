// Runs `callback` now and at most once a frame while the page scrolls or resizes; returns the
// function that stops it.
export function onScrollFrame(callback: () => void): () => void {
  let frame = 0
  const schedule = () => {
    if (!frame)
      frame = requestAnimationFrame(() => {
        frame = 0
        callback()
      })
  }
  schedule()
  window.addEventListener('scroll', schedule, { passive: true })
  window.addEventListener('resize', schedule)
  return () => {
    cancelAnimationFrame(frame)
    window.removeEventListener('scroll', schedule)
    window.removeEventListener('resize', schedule)
  }
}
