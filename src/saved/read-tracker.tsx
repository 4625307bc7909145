import { useEffect } from 'react'
import { markRead } from './read-marks.ts'

// Marks the article as read once the reader reaches its end (its last screen).
export function ReadTracker({ slug }: { slug: string }) {
  useEffect(() => {
    let timer = 0
    const check = () => {
      timer = 0
      const root = document.documentElement
      const atEnd = window.scrollY + window.innerHeight >= root.scrollHeight - 4
      // A short article fits on one screen: being at its end says nothing until the reader scrolls.
      if (atEnd && window.scrollY > 0) markRead(slug)
    }
    const onScroll = () => {
      if (!timer) timer = window.setTimeout(check, 200)
    }
    window.addEventListener('scroll', onScroll, { passive: true })
    return () => {
      window.clearTimeout(timer)
      window.removeEventListener('scroll', onScroll)
    }
  }, [slug])
  return null
}
