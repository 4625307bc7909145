import { useEffect, useRef } from 'react'
import { Link, useLocation } from 'wouter'
import { useWords } from '../lib/words/words-context.tsx'

type Props = {
  // The reader is reaching for search (the link is pointed at or focused, or `/` pressed): its
  // page's code can start loading, and not before.
  onReach: () => void
}

// Letters typed into a field belong to the field.
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  return (
    target instanceof HTMLInputElement && !['button', 'checkbox', 'radio'].includes(target.type)
  )
}

// A plain link in the header, so the first load carries no search code; `/` goes there from
// anywhere, as on many sites with a search field.
export function SearchLink({ onReach }: Props) {
  const words = useWords()
  const [location, navigate] = useLocation()
  const reach = useRef(onReach)
  useEffect(() => {
    reach.current = onReach
  })
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== '/' || event.defaultPrevented) return
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return
      const inDialog = event.target instanceof Element && event.target.closest('dialog')
      if (inDialog || location === '/search') return
      event.preventDefault()
      reach.current()
      navigate('/search')
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [location, navigate])
  return (
    <Link
      href="/search"
      className="link print:hidden"
      onFocus={onReach}
      onPointerEnter={onReach}
      aria-keyshortcuts="/"
    >
      {words.search}
    </Link>
  )
}
