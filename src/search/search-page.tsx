import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { Link } from 'wouter'
import { fill, pluralForm } from '../lib/words/count.ts'
import { useSpeech } from '../lib/words/words-context.tsx'
import { SearchResults, type SearchResultsHandle } from './search-results.tsx'
import type { SearchLanguages, SearchResult, TopicIndex } from './search-schema.ts'

export type SearchState =
  | { kind: 'idle' }
  | { kind: 'searching' }
  | { kind: 'failed' }
  | { kind: 'found'; results: SearchResult[] }

type Props = {
  query: string
  lang: string
  languages: SearchLanguages
  state: SearchState
  topics: TopicIndex | undefined
  // `keep` is true when the reader asks for the search (Enter), so it becomes a step of their
  // history; typing only updates the address.
  onQuery: (query: string, keep: boolean) => void
  onLanguage: (lang: string) => void
}

const rtl = new Set(['ar', 'fa', 'he', 'ur'])

export function SearchPage({ query, lang, languages, state, topics, onQuery, onLanguage }: Props) {
  const { words, lang: pageLang } = useSpeech()
  const inputId = useId()
  const languageId = useId()
  const input = useRef<HTMLInputElement>(null)
  const results = useRef<SearchResultsHandle>(null)
  const [draft, setDraft] = useState(query)
  const [shown, setShown] = useState(query)
  // Back or Forward changes the query from outside: the field follows it.
  if (query !== shown) {
    setShown(query)
    setDraft(query)
  }
  // The reader came here to type.
  useEffect(() => input.current?.focus(), [])

  const change = (text: string) => {
    setDraft(text)
    onQuery(text, false)
  }
  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Escape' && draft) change('')
    else if (event.key === 'ArrowDown') results.current?.focusFirst()
    else return
    event.preventDefault()
  }
  const names = new Intl.DisplayNames([pageLang], { type: 'language' })
  const count = state.kind === 'found' ? state.results.length : null
  const status =
    state.kind === 'searching'
      ? words.searching
      : state.kind === 'failed'
        ? words.searchFailed
        : count === null
          ? ''
          : count
            ? fill(pluralForm(words.searchResults, count, pageLang), { n: String(count) })
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
        <div className="grid flex-1 gap-1">
          <label htmlFor={inputId} className="font-semibold">
            {words.searchLabel}
          </label>
          <input
            ref={input}
            id={inputId}
            type="search"
            value={draft}
            onChange={(event) => change(event.target.value)}
            onKeyDown={onKeyDown}
            className="rounded-lg border border-line bg-page px-3 py-2"
          />
        </div>
        {languages.length > 1 ? (
          <div className="grid gap-1">
            <label htmlFor={languageId} className="font-semibold">
              {words.searchLanguage}
            </label>
            <select
              id={languageId}
              value={lang}
              onChange={(event) => onLanguage(event.target.value)}
              className="rounded-lg border border-line bg-page px-3 py-2"
            >
              {languages.map((entry) => (
                <option key={entry.lang} value={entry.lang}>
                  {names.of(entry.lang) ?? entry.lang}
                </option>
              ))}
            </select>
          </div>
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
