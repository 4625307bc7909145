import { useEffect, useId, useRef, useState } from 'react'
import type { Section } from './article-schema.ts'
import { disclosureAttributes } from './disclosure.ts'
import { watchSections, type SectionSpy } from './section-spy.ts'
import { useStateFoundInPage } from './use-state-found-in-page.ts'
import { useEscape } from '../lib/use-escape.ts'
import { useOutsidePress } from '../lib/use-outside-press.ts'
import { useWords } from '../lib/words/words-context.tsx'

// Wide screens show the list beside the article; narrower ones a bar under the header whose
// button names the current section and opens the list.
type Props = {
  sections: Section[]
  // A section's heading in the article, whose place says which section is being read.
  heading: (id: string) => HTMLElement | null
}

export function ContentsNav({ sections, heading }: Props) {
  const words = useWords()
  const [active, setActive] = useState(-1)
  const [open, setOpen] = useState(false)
  const spy = useRef<SectionSpy | null>(null)
  const listId = useId()
  const buttonRef = useRef<HTMLButtonElement>(null)
  const listRef = useRef<HTMLOListElement>(null)
  const navRef = useRef<HTMLElement>(null)
  const ids = sections.map((section) => section.id).join(' ')
  const current = sections[active]
  useEscape(open, () => {
    setOpen(false)
    buttonRef.current?.focus()
  })
  useOutsidePress(open, navRef, () => setOpen(false))
  useStateFoundInPage(buttonRef, setOpen)

  // Following the reader starts once the article is on screen. Its code comes with the app's
  // own chunk: loaded apart it would cost a request and more bytes than it saves.
  useEffect(() => {
    spy.current = watchSections(ids.split(' '), heading, listRef.current, setActive)
    return () => spy.current?.stop()
  }, [ids, heading])

  return (
    <nav ref={navRef} aria-label={words.contents} className="contents-nav">
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={listId}
        {...disclosureAttributes()}
        onClick={() => setOpen(!open)}
        className="contents-toggle"
      >
        <span className="truncate">
          <span className="font-semibold">{words.contents}</span>
          {current ? `: ${current.title}` : null}
        </span>
        {/* A disclosure of this article's sections, not the site's menu: it says so with a
            chevron at its end, where a site menu's icon would lead. */}
        <span aria-hidden="true" className="disclosure-chevron ms-auto">
          ▾
        </span>
      </button>
      <h2 className="font-semibold max-lg:hidden">{words.inThisArticle}</h2>
      <ol ref={listRef} id={listId} className="contents-list">
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
