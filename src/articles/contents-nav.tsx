import { useEffect, useId, useRef, useState } from 'react'
import type { Section } from './article-schema.ts'
import { watchSections, type SectionSpy } from './section-spy.ts'
import { useEscape } from '../lib/use-escape.ts'

// Wide screens show the list beside the article; narrower ones a bar under the header whose
// button names the current section and opens the list.
export function ContentsNav({ sections }: { sections: Section[] }) {
  const [active, setActive] = useState(-1)
  const [open, setOpen] = useState(false)
  const spy = useRef<SectionSpy | null>(null)
  const listId = useId()
  const buttonRef = useRef<HTMLButtonElement>(null)
  const listRef = useRef<HTMLOListElement>(null)
  const ids = sections.map((section) => section.id).join(' ')
  const current = sections[active]
  useEscape(open, () => {
    setOpen(false)
    buttonRef.current?.focus()
  })

  // Following the reader starts once the article is on screen. Its code comes with the app's
  // own chunk: loaded apart it would cost a request and more bytes than it saves.
  useEffect(() => {
    spy.current = watchSections(ids.split(' '), listRef.current, setActive)
    return () => spy.current?.stop()
  }, [ids])

  return (
    <nav aria-label="Contents" className="contents-nav">
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
        className="contents-toggle"
      >
        <span aria-hidden="true">☰</span>
        <span className="truncate">
          <span lang="en" dir="ltr" className="font-semibold">
            Contents
          </span>
          {current ? `: ${current.title}` : null}
        </span>
      </button>
      <h2 lang="en" dir="ltr" className="font-semibold max-lg:hidden">
        In this article
      </h2>
      <ol ref={listRef} id={listId} className={open ? 'contents-list' : 'contents-list closed'}>
        {sections.map((section, index) => (
          <li key={section.id}>
            <a
              href={`#${section.id}`}
              aria-current={index === active ? 'location' : undefined}
              onClick={() => {
                spy.current?.choose(index)
                setOpen(false)
              }}
              className="contents-link"
            >
              {section.title}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  )
}
