import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react'
import { fill } from '../lib/words/count.ts'
import { useWords } from '../lib/words/words-context.tsx'

// Copies a section's address and says how it went, in the article's language, shown for a few
// seconds and announced.
// A browser-only part: it arrives with the article's other after-hydration parts, and the
// copy-link buttons reach it through the article view.
export type CopyLink = (sectionId: string) => void

export function CopiedLinkStatus({ ref }: { ref: Ref<CopyLink> }) {
  const words = useWords()
  const [message, setMessage] = useState('')
  const timers = useRef<number[]>([])
  useEffect(() => () => timers.current.forEach((timer) => window.clearTimeout(timer)), [])
  useImperativeHandle(ref, () => (sectionId: string) => {
    const url = new URL(`#${sectionId}`, window.location.href).href
    // Cleared first, so copying twice in a row is announced twice.
    const say = (text: string) => {
      for (const timer of timers.current) window.clearTimeout(timer)
      setMessage('')
      timers.current = [
        window.setTimeout(() => setMessage(text), 50),
        window.setTimeout(() => setMessage(''), 5000),
      ]
    }
    navigator.clipboard.writeText(url).then(
      () => say(words.linkCopied),
      () => say(fill(words.copyFailed, { url })),
    )
  })
  return (
    <p
      role="status"
      className={
        message
          ? 'fixed bottom-4 start-4 z-30 rounded-lg bg-ink px-4 py-2 text-page shadow-lg'
          : 'sr-only'
      }
    >
      {message}
    </p>
  )
}
