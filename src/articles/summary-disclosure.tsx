import {
  useEffect,
  useId,
  useImperativeHandle,
  useRef,
  useState,
  useSyncExternalStore,
  type Ref,
} from 'react'
import { readStored, writeStored } from '../lib/stored.ts'
import { useWords } from '../lib/words/words-context.tsx'
import type { Summary } from './article-schema.ts'

const storageKey = 'lede:summary-open'
const subscribeToNothing = () => () => {}

// What the article's keyboard shortcut can do with the summary.
export type SummaryControl = { toggleFromKeyboard: () => void }

type Props = { summary: Summary; ref?: Ref<SummaryControl> }

export function SummaryDisclosure({ summary, ref }: Props) {
  const words = useWords()
  // The server renders the summary closed; a reader who likes it open gets it once hydrated.
  const likesOpen = useSyncExternalStore(
    subscribeToNothing,
    () => readStored(storageKey) === '1',
    () => false,
  )
  const [chosen, setOpen] = useState<boolean | null>(null)
  const open = chosen ?? likesOpen
  const focusOnOpen = useRef(false)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const panelId = useId()
  const headingId = useId()

  useEffect(() => {
    if (open && focusOnOpen.current) headingRef.current?.focus()
    focusOnOpen.current = false
  }, [open])

  // Opened from the keyboard, the summary takes the reader to what they opened.
  function toggle(fromKeyboard: boolean) {
    focusOnOpen.current = !open && fromKeyboard
    writeStored(storageKey, open ? '0' : '1')
    setOpen(!open)
  }
  useImperativeHandle(ref, () => ({ toggleFromKeyboard: () => toggle(true) }))

  return (
    <div className="summary rounded-lg border border-line bg-subtle">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        // A click with no pointer (detail 0) came from Enter or Space.
        onClick={(event) => toggle(event.detail === 0)}
        className="flex w-full items-center justify-between gap-4 rounded-lg px-4 py-3 text-start"
      >
        <span>
          <span className="block text-sm text-muted">{words.summaryPrompt}</span>{' '}
          <span className="block font-semibold">{words.summaryOpen}</span>
        </span>
        <span
          aria-hidden="true"
          className={open ? 'rotate-180 transition-transform' : 'transition-transform'}
        >
          ▾
        </span>
      </button>
      <section id={panelId} hidden={!open} aria-labelledby={headingId} className="px-4 pb-4">
        <h2 ref={headingRef} id={headingId} tabIndex={-1} className="text-base font-semibold">
          {words.summary}
        </h2>
        <p className="text-sm text-muted">
          {summary.source === 'editor' ? words.summaryByEditor : words.summaryGenerated}
        </p>
        <ul className="mt-2 list-disc space-y-2 ps-6">
          {summary.points.map((point, index) => (
            <li key={index}>
              {point.paragraphId ? (
                <a href={`#${point.paragraphId}`} className="link">
                  {point.text}
                </a>
              ) : (
                point.text
              )}
            </li>
          ))}
        </ul>
      </section>
    </div>
  )
}
