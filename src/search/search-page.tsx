import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { Link } from 'wouter'
import { fill, pluralForm } from '../lib/words/count.ts'
import { useSpeech } from '../lib/words/words-context.tsx'
import { DidYouMean, type Suggestion } from './did-you-mean.tsx'
import { fieldClass, LabelledField } from './labelled-field.tsx'
import { MoreResultsButton } from './more-results-button.tsx'
import { SearchResults, type SearchResultsHandle } from './search-results.tsx'
import { useSettled } from './use-settled.ts'
import { moreResultsWords } from './search-page-words.ts'
import type { SearchLanguages, SearchResult, TopicIndex } from './search-schema.ts'
import { FIRST_RESULTS } from './result-counts.ts'

export type SearchState =
  | { kind: 'idle' }
  | { kind: 'searching' }
  | { kind: 'failed' }
  // `total` pages match; `results` are those shown so far, and `more` says whether there are
  // others to show.
  | { kind: 'found'; results: SearchResult[]; total: number; more: boolean }

type Props = {
  query: string
  lang: string
  languages: SearchLanguages
  state: SearchState
  topics: TopicIndex | undefined
  // The nearest words the index knows, when nothing matched.
  suggestion?: Suggestion | null
  // `keep` is true when the reader asks for the search (Enter), so it becomes a step of their
  // history; typing updates the address once the reader pauses.
  onQuery: (query: string, keep: boolean) => void
  onLanguage: (lang: string) => void
  // The reader asks for the next results.
  onMore: () => void
  loadingMore: boolean
}

const rtl = new Set(['ar', 'fa', 'he', 'ur'])

// Long enough to pass over the letters of a word typed at speed, short enough that its results
// are on screen well within 300 ms of the last key. Each letter is not a step of the address
// either: a browser asks for the page's icon again at every change of address.
const SETTLE_MS = 120

export function SearchPage({
  query,
  lang,
  languages,
  state,
  topics,
  suggestion,
  onQuery,
  onLanguage,
  onMore,
  loadingMore,
}: Props) {
  const { words, lang: pageLang } = useSpeech()
  const input = useRef<HTMLInputElement>(null)
  const results = useRef<SearchResultsHandle>(null)
  const [draft, setDraft] = useState(query)
  const [shown, setShown] = useState(query)
  // The words typed reach the address, and so the search, once the typing pauses.
  const settled = useSettled(draft, SETTLE_MS)
  // Back or Forward changes the query from outside: the field follows it. The address catching
  // up with the settled words is not from outside, and the reader may have typed on since.
  if (query !== shown) {
    setShown(query)
    if (query !== settled) setDraft(query)
  }
  // The reader came here to type.
  useEffect(() => input.current?.focus(), [])
  // Asked for more results, the reader is taken to the first of them once it is there.
  const focusFrom = useRef<number | null>(null)
  const shownCount = state.kind === 'found' ? state.results.length : 0
  useEffect(() => {
    const from = focusFrom.current
    if (from === null || shownCount <= from) return
    focusFrom.current = null
    results.current?.focusResult(from)
  }, [shownCount])

  useEffect(() => {
    if (settled !== query) onQuery(settled, false)
    // Only a change of the settled words is the reader's: the address following them is not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settled])

  const change = (text: string) => {
    focusFrom.current = null
    setDraft(text)
  }
  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Escape' && draft) {
      change('')
      onQuery('', false)
    } else if (event.key === 'ArrowDown') results.current?.focusFirst()
    else return
    event.preventDefault()
  }
  const names = new Intl.DisplayNames([pageLang], { type: 'language' })
  const count = state.kind === 'found' ? state.total : null
  const found =
    count === null
      ? ''
      : fill(pluralForm(words.searchResults, count, pageLang), { n: String(count) })
  const status =
    state.kind === 'searching'
      ? words.searching
      : state.kind === 'failed'
        ? words.searchFailed
        : count === null
          ? ''
          : count
            ? count > FIRST_RESULTS && state.kind === 'found'
              ? fill(moreResultsWords.showing, { found, shown: String(state.results.length) })
              : found
            : fill(words.noResults, { query })

  return (
    <div className="grid gap-6">
      <title>{query ? `${query} – ${words.search} – Lede` : `${words.search} – Lede`}</title>
      <h1 className="text-3xl font-bold">{words.search}</h1>
      <form
        role="search"
        className="grid gap-3 sm:flex sm:items-end"
        onSubmit={(event) => {
          event.preventDefault()
          onQuery(draft, true)
        }}
      >
        <LabelledField label={words.searchLabel} className="flex-1">
          {(id) => (
            <input
              ref={input}
              id={id}
              type="search"
              value={draft}
              onChange={(event) => change(event.target.value)}
              onKeyDown={onKeyDown}
              className={fieldClass}
            />
          )}
        </LabelledField>
        {languages.length > 1 ? (
          <LabelledField label={words.searchLanguage}>
            {(id) => (
              <select
                id={id}
                value={lang}
                onChange={(event) => onLanguage(event.target.value)}
                className={fieldClass}
              >
                {languages.map((entry) => (
                  <option key={entry.lang} value={entry.lang}>
                    {names.of(entry.lang) ?? entry.lang}
                  </option>
                ))}
              </select>
            )}
          </LabelledField>
        ) : null}
      </form>
      <p role="status" className="text-muted">
        {status}
      </p>
      {state.kind === 'found' && state.results.length ? (
        <div lang={lang} dir={rtl.has(lang.split('-')[0] ?? '') ? 'rtl' : 'ltr'}>
          <SearchResults
            ref={results}
            results={state.results}
            onLeave={() => input.current?.focus()}
          />
        </div>
      ) : null}
      {state.kind === 'found' && state.more ? (
        <MoreResultsButton
          loading={loadingMore}
          onMore={() => {
            focusFrom.current = shownCount
            onMore()
          }}
        />
      ) : null}
      {count === 0 && suggestion ? <DidYouMean suggestion={suggestion} lang={lang} /> : null}
      {count === 0 && topics?.length ? (
        <nav aria-label={words.topics}>
          <p>{words.browseTopics}</p>
          <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-2">
            {topics.map((topic) => (
              <li key={topic.slug}>
                <Link href={`/topics/${topic.slug}`} className="link">
                  {topic.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </div>
  )
}
