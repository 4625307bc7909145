import { lazy, Suspense, useEffect, useRef, useState } from 'react'
import { useLocation } from 'wouter'
import { useWords } from '../lib/words/words-context.tsx'
import { shortcutFor } from './shortcut-keys.ts'

// The list of shortcuts loads when it is first asked for (or its button pointed at): most
// readers never open it, and the keys work without it.
const loadDialog = () =>
  import('./shortcuts-dialog.tsx').then((module) => ({ default: module.ShortcutsDialog }))
const ShortcutsDialog = lazy(loadDialog)
const preloadDialog = () => void loadDialog().catch(() => undefined)

type Props = {
  previous: string | null
  next: string | null
  // The `s` key: the summary opens or closes, taking focus as if opened from the keyboard.
  onSummaryKey: () => void
}

export function KeyboardShortcuts({ previous, next, onSummaryKey }: Props) {
  const words = useWords()
  const [helpOpen, setHelpOpen] = useState(false)
  const returnFocus = useRef<HTMLElement | null>(null)
  const [, navigate] = useLocation()

  function openHelp() {
    const active = document.activeElement
    returnFocus.current = active instanceof HTMLElement ? active : null
    setHelpOpen(true)
  }

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      // Keys pressed in a dialog belong to it, and nothing behind an open one acts.
      const inDialog = event.target instanceof Element && event.target.closest('dialog')
      if (event.defaultPrevented || helpOpen || inDialog) return
      const action = shortcutFor(event)
      if (action === 'next' && next) navigate(`/articles/${next}`)
      else if (action === 'previous' && previous) navigate(`/articles/${previous}`)
      else if (action === 'summary') onSummaryKey()
      else if (action === 'help') openHelp()
      else return
      event.preventDefault()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [navigate, previous, next, onSummaryKey, helpOpen])

  return (
    <div className="text-sm print:hidden">
      <button
        type="button"
        className="link"
        onClick={openHelp}
        onPointerEnter={preloadDialog}
        onFocus={preloadDialog}
      >
        {words.keyboardShortcuts}
      </button>
      {helpOpen ? (
        <Suspense fallback={null}>
          <ShortcutsDialog
            open
            onClose={() => {
              setHelpOpen(false)
              returnFocus.current?.focus()
            }}
          />
        </Suspense>
      ) : null}
    </div>
  )
}
