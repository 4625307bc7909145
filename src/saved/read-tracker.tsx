import { useEffect } from 'react'
import { markRead } from './read-marks.ts'

// Marks the article as read once the reader reaches its end (its last screen). Checked once a
// frame while scrolling, and marked at once: a reader who reaches the end and follows a link
// straight away has still read it.
export function ReadTracker({ slug }: { slug: string }) {
  useEffect(() => {
    let frame = 0
    let marked = false
    const check = () => {
      frame = 0
      const root = document.documentElement
      const atEnd = window.scrollY + window.innerHeight >= root.scrollHeight - 4
      // A short article fits on one screen: being at its end says nothing until the reader scrolls.
      if (atEnd && window.scrollY > 0 && !marked) {
        marked = true
        markRead(slug)
      }
    }
    const onScroll = () => {
      if (!frame) frame = window.requestAnimationFrame(check)
    }
    window.addEventListener('scroll', onScroll, { passive: true })
    return () => {
      window.cancelAnimationFrame(frame)
      window.removeEventListener('scroll', onScroll)
    }
  }, [slug])
  return null
}
