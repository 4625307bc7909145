import { useImperativeHandle, useRef, type KeyboardEvent, type Ref } from 'react'
import { Link } from 'wouter'
import { HighlightedExcerpt } from './highlighted-excerpt.tsx'
import type { SearchResult } from './search-schema.ts'

// `focusResult(i)` focuses the headline link of the i-th result, whatever sections come before.
export type SearchResultsHandle = { focusFirst: () => void; focusResult: (index: number) => void }

type Props = {
  results: SearchResult[]
  // Arrow up from the first link, or Escape anywhere in the list: back to the search field.
  onLeave: () => void
  ref?: Ref<SearchResultsHandle>
}

// Up and down move from link to link through the results and their sections, Home and End go
// to the ends; a link opens with Enter as any link does.
export function SearchResults({ results, onLeave, ref }: Props) {
  const links = useRef<(HTMLAnchorElement | null)[]>([])

  // Each link's place in the order the keys go through: a result, then its sections.
  const sectionsOf = (result: SearchResult) =>
    (result.sub_results ?? []).filter((sub) => sub.url !== result.url)
  const starts = results.reduce<number[]>(
    (acc, result, i) => [...acc, (acc[i] ?? 0) + 1 + sectionsOf(result).length],
    [0],
  )
  const total = starts[results.length] ?? 0
  useImperativeHandle(
    ref,
    () => ({
      focusFirst: () => links.current[0]?.focus(),
      focusResult: (index: number) => links.current[starts[index] ?? 0]?.focus(),
    }),
    [starts],
  )
  const linkRef = (index: number) => (element: HTMLAnchorElement | null) => {
    links.current[index] = element
  }

  function onKeyDown(event: KeyboardEvent<HTMLOListElement>) {
    const all = links.current.slice(0, total).filter((link) => link !== null)
    const at = all.findIndex((link) => link === event.target)
    if (event.key === 'Escape') onLeave()
    else if (at === -1) return
    else if (event.key === 'ArrowDown') all[Math.min(at + 1, all.length - 1)]?.focus()
    else if (event.key === 'ArrowUp') {
      if (at === 0) onLeave()
      else all[at - 1]?.focus()
    } else if (event.key === 'Home') all[0]?.focus()
    else if (event.key === 'End') all[all.length - 1]?.focus()
    else return
    event.preventDefault()
  }

  return (
    // The keys are handled where they happen, on the links inside.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <ol className="grid gap-6" onKeyDown={onKeyDown}>
      {results.map((result, i) => {
        const start = starts[i] ?? 0
        const sections = sectionsOf(result)
        return (
          <li key={result.url} className="grid gap-1">
            <h2 className="text-lg font-semibold">
              <Link href={result.url} ref={linkRef(start)} className="link">
                {result.meta.title ?? result.url}
              </Link>
            </h2>
            {result.meta.date ? <p className="text-sm text-muted">{result.meta.date}</p> : null}
            <p>
              <HighlightedExcerpt excerpt={result.excerpt} />
            </p>
            {sections.length ? (
              <ul className="grid gap-2 border-s border-line ps-4">
                {sections.map((sub, j) => (
                  <li key={sub.url}>
                    <Link
                      href={sub.url}
                      ref={linkRef(start + 1 + j)}
                      className="link font-semibold"
                    >
                      {sub.title}
                    </Link>
                    <p className="text-sm">
                      <HighlightedExcerpt excerpt={sub.excerpt} />
                    </p>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        )
      })}
    </ol>
  )
}
