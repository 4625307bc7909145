import { useEffect, useId, useRef } from 'react'
import { useWords } from '../lib/words/words-context.tsx'
import { shortcuts } from './shortcut-keys.ts'

type Props = { open: boolean; onClose: () => void }

// The list of keyboard shortcuts, as a modal dialog shown while `open` is true. However it is
// closed (Escape, its Close button), the dialog's close event tells the owner through `onClose`.
export function ShortcutsDialog({ open, onClose }: Props) {
  const words = useWords()
  const dialogRef = useRef<HTMLDialogElement>(null)
  const headingId = useId()

  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) return
    if (open && !dialog.open) dialog.showModal()
    else if (!open && dialog.open) dialog.close()
  }, [open])

  // A click on the backdrop, outside the dialog's box, closes it.
  useEffect(() => {
    const dialog = dialogRef.current
    const onClick = (event: MouseEvent) => {
      if (!dialog || event.target !== dialog) return
      const box = dialog.getBoundingClientRect()
      const inside =
        event.clientX >= box.left &&
        event.clientX <= box.right &&
        event.clientY >= box.top &&
        event.clientY <= box.bottom
      if (!inside) dialog.close()
    }
    dialog?.addEventListener('click', onClick)
    return () => dialog?.removeEventListener('click', onClick)
  }, [])

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={headingId}
      onClose={onClose}
      className="m-auto w-[min(24rem,calc(100vw-2rem))] rounded-lg border border-line bg-page p-6 text-ink backdrop:bg-black/50"
    >
      <h2 id={headingId} className="text-lg font-bold">
        {words.keyboardShortcuts}
      </h2>
      <dl className="mt-4 space-y-2">
        {shortcuts.map((shortcut) => (
          <div key={shortcut.key} className="flex gap-4">
            <dt className="w-8">
              <kbd className="rounded border border-line px-2 font-mono">{shortcut.key}</kbd>
            </dt>
            <dd>{words[shortcut.description]}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-4 text-muted">{words.shortcutsNote}</p>
      <button type="button" className="button mt-4" onClick={() => dialogRef.current?.close()}>
        {words.close}
      </button>
    </dialog>
  )
}
