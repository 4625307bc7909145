import { useId, useState } from 'react'
import type { Summary } from './article-schema.ts'

export function SummaryDisclosure({ summary }: { summary: Summary }) {
  const [open, setOpen] = useState(false)
  const panelId = useId()
  const headingId = useId()
  return (
    <div className="summary rounded-lg border border-line bg-subtle">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
        className="flex w-full items-center justify-between gap-4 rounded-lg px-4 py-3 text-start"
      >
        <span lang="en" dir="ltr">
          <span className="block text-sm text-muted">No time to read?</span>{' '}
          <span className="block font-semibold">Get a summary</span>
        </span>
        <span
          aria-hidden="true"
          className={open ? 'rotate-180 transition-transform' : 'transition-transform'}
        >
          ▾
        </span>
      </button>
      <section id={panelId} hidden={!open} aria-labelledby={headingId} className="px-4 pb-4">
        <h2 id={headingId} lang="en" dir="ltr" className="text-base font-semibold">
          Summary
        </h2>
        <p lang="en" dir="ltr" className="text-sm text-muted">
          {summary.source === 'editor'
            ? 'Written by the editor.'
            : 'Generated from the article: sentences picked by Lede. Select one to read it in place.'}
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
