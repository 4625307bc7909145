import { lazy, Suspense, useId, useRef, useState } from 'react'
import { useEscape } from '../lib/use-escape.ts'
import { useOutsidePress } from '../lib/use-outside-press.ts'
import { useWords } from '../lib/words/words-context.tsx'

const loadPanel = () =>
  import('./reading-settings-panel.tsx').then((module) => ({
    default: module.ReadingSettingsPanel,
  }))
const ReadingSettingsPanel = lazy(loadPanel)

// A disclosure rather than a dialog: the reader sees the page change as they choose.
export function ReadingSettingsMenu() {
  const words = useWords()
  const [open, setOpen] = useState(false)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const menuRef = useRef<HTMLDivElement>(null)
  const panelId = useId()
  const closeAndReturn = () => {
    setOpen(false)
    buttonRef.current?.focus()
  }
  useEscape(open, closeAndReturn)
  useOutsidePress(open, menuRef, () => setOpen(false))
  return (
    <div ref={menuRef} className="relative print:hidden">
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
        onPointerEnter={() => void loadPanel()}
        onFocus={() => void loadPanel()}
        className="rounded-lg border border-line px-3 py-1.5 text-sm font-semibold"
      >
        {words.readingSettings}
      </button>
      <div
        id={panelId}
        hidden={!open}
        className="absolute end-0 top-full z-30 mt-2 w-[min(20rem,calc(100vw-2rem))] rounded-lg border border-line bg-page p-4 shadow-lg"
      >
        {open ? (
          <Suspense fallback={<p>{words.loadingSettings}</p>}>
            <ReadingSettingsPanel />
          </Suspense>
        ) : null}
        <button type="button" onClick={closeAndReturn} className="button mt-4 w-full py-1.5">
          {words.close}
        </button>
      </div>
    </div>
  )
}
