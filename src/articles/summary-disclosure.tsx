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
import { disclosureAttributes, summaryStorageKey } from './disclosure.ts'
import { useStateFoundInPage } from './use-state-found-in-page.ts'

const subscribeToNothing = () => () => {}

// What the article's keyboard shortcut can do with the summary.
export type SummaryControl = { toggleFromKeyboard: () => void }

type Props = { summary: Summary; ref?: Ref<SummaryControl> }

// "Get a summary" while closed, "Hide the summary" while open. The button's aria-expanded is the
// one state: the stylesheet shows the label and the panel that fit it, so they are right however
// it changed. Before the app has started, src/boot.ts flips it (and sets it at once for a reader
// who likes the summary open); the app takes over the state it finds.
export function SummaryDisclosure({ summary, ref }: Props) {
  const words = useWords()
  // The server renders the summary closed; a page the app draws itself opens it for a reader
  // who likes it open.
  const likesOpen = useSyncExternalStore(
    subscribeToNothing,
    () => readStored(summaryStorageKey) === '1',
    () => false,
  )
  const [chosen, setOpen] = useState<boolean | null>(null)
  const open = chosen ?? likesOpen
  const focusOnOpen = useRef(false)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const panelRef = useRef<HTMLElement>(null)
  const panelId = useId()

  useStateFoundInPage(buttonRef, setOpen)

  useEffect(() => {
    if (open && focusOnOpen.current) panelRef.current?.focus()
    focusOnOpen.current = false
  }, [open])

  // Opened from the keyboard, the summary takes the reader to what they opened.
  function toggle(fromKeyboard: boolean) {
    focusOnOpen.current = !open && fromKeyboard
    writeStored(summaryStorageKey, open ? '0' : '1')
    setOpen(!open)
  }
  useImperativeHandle(ref, () => ({ toggleFromKeyboard: () => toggle(true) }))

  return (
    <div className="summary">
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        {...disclosureAttributes(summaryStorageKey)}
        // A click with no pointer (detail 0) came from Enter or Space.
        onClick={(event) => toggle(event.detail === 0)}
        className="summary-toggle"
      >
        <span className="when-closed">
          <span className="block text-sm text-muted">{words.summaryPrompt}</span>{' '}
          <span className="block font-semibold">{words.summaryOpen}</span>
        </span>
        <span className="when-open font-semibold">{words.summaryClose}</span>
        <span aria-hidden="true" className="disclosure-chevron">
          ▾
        </span>
      </button>
      <section
        ref={panelRef}
        id={panelId}
        aria-label={words.summary}
        tabIndex={-1}
        className="summary-panel"
      >
        <p className="print-only font-semibold">{words.summary}</p>
        <p className="text-sm text-muted">
          {summary.source === 'editor' ? words.summaryByEditor : words.summaryGenerated}
        </p>
        <ul className="mt-2 list-disc space-y-2 ps-6">
          {summary.points.map((point, index) => (
            <SummaryPoint key={index} point={point} inPlace={words.summaryInPlace} />
          ))}
        </ul>
      </section>
    </div>
  )
}

// A point reads as text; a quiet link after it leads to the passage it was taken from, and
// takes the point as its description, so a list of links still says where each goes.
function SummaryPoint({ point, inPlace }: { point: Summary['points'][number]; inPlace: string }) {
  const textId = useId()
  return (
    <li>
      <span id={textId}>{point.text}</span>
      {point.paragraphId ? (
        <>
          {' '}
          <a href={`#${point.paragraphId}`} aria-describedby={textId} className="point-link">
            {inPlace}
          </a>
        </>
      ) : null}
    </li>
  )
}
