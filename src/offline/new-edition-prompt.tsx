import { useToolWords } from '../lib/words/use-tool-words.ts'
import type { Edition } from './register-worker.ts'

type Props = { edition: Edition; onLater: () => void }

// Shown, never acted on for the reader: the page changes only when they choose to. It speaks
// the page's language, as the header it belongs to does.
export function NewEditionPrompt({ edition, onLater }: Props) {
  const { words, lang, dir } = useToolWords()
  return (
    <aside
      aria-label={words.newEdition}
      lang={lang}
      dir={dir}
      className="fixed inset-x-4 bottom-4 z-30 mx-auto flex max-w-md flex-wrap items-center gap-3 rounded-lg border border-line bg-page p-3 shadow-lg print:hidden"
    >
      <p role="status" className="grow">
        {words.newEditionReady}
      </p>
      <button type="button" className="button" onClick={edition.take}>
        {words.newEditionShow}
      </button>
      <button type="button" className="rounded px-3 py-2" onClick={onLater}>
        {words.newEditionLater}
      </button>
    </aside>
  )
}
