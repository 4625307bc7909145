import type { Edition } from './register-worker.ts'

type Props = { edition: Edition; onLater: () => void }

// Shown, never acted on for the reader: the page changes only when they choose to.
export function NewEditionPrompt({ edition, onLater }: Props) {
  return (
    <aside
      aria-label="New edition"
      lang="en"
      dir="ltr"
      className="fixed inset-x-4 bottom-4 z-30 mx-auto flex max-w-md flex-wrap items-center gap-3 rounded-lg border border-line bg-page p-3 shadow-lg print:hidden"
    >
      <p role="status" className="grow">
        A new edition of Lede is ready.
      </p>
      <button type="button" className="button" onClick={edition.take}>
        Show the new edition
      </button>
      <button type="button" className="rounded px-3 py-2" onClick={onLater}>
        Later
      </button>
    </aside>
  )
}
