import { useEffect, useRef } from 'react'
import { onScrollFrame } from '../lib/on-scroll-frame.ts'

// Drawn with a transform, so moving it never lays the page out again.
export function ReadingProgress() {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(
    () =>
      onScrollFrame(() => {
        const root = document.documentElement
        const room = root.scrollHeight - window.innerHeight
        const progress = room > 0 ? Math.min(1, Math.max(0, window.scrollY / room)) : 1
        ref.current?.style.setProperty('transform', `scaleX(${progress})`)
      }),
    [],
  )
  return (
    <div
      ref={ref}
      aria-hidden="true"
      style={{ transform: 'scaleX(0)' }}
      className="reading-progress fixed inset-x-0 top-0 z-30 h-1 origin-left bg-accent rtl:origin-right"
    />
  )
}
