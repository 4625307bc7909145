import { useId } from 'react'
import { useWords } from '../lib/words/words-context.tsx'
import { ReadingSettingsPanel } from './reading-settings-panel.tsx'

// A popover rather than a dialog: the reader sees the page change as they choose. The browser
// opens and closes it (the button, Escape, a press outside, the Close button), so it works
// before the app has started and with scripts blocked; src/boot.ts applies and keeps a choice
// made before the app has started, and the stylesheet shows one made with no scripts at all.
export function ReadingSettingsMenu() {
  const words = useWords()
  const panelId = useId()
  return (
    <div className="print:hidden">
      <button
        type="button"
        popoverTarget={panelId}
        className="settings-button rounded-lg border border-line px-3 py-1.5 text-sm font-semibold"
      >
        {words.readingSettings}
      </button>
      <div
        id={panelId}
        popover="auto"
        role="group"
        aria-label={words.readingSettings}
        className="settings-panel rounded-lg border border-line bg-page p-4 text-ink shadow-lg"
      >
        <ReadingSettingsPanel />
        <button
          type="button"
          popoverTarget={panelId}
          popoverTargetAction="hide"
          className="button mt-4 w-full py-1.5"
        >
          {words.close}
        </button>
      </div>
    </div>
  )
}
