import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { Link } from 'wouter'
import { fill, pluralForm } from '../lib/words/count.ts'
import { useSpeech } from '../lib/words/words-context.tsx'
import { DidYouMean, type Suggestion } from './did-you-mean.tsx'
import { fieldClass, LabelledField } from './labelled-field.tsx'
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
  // The nearest words the index knows, when nothing matched.
  suggestion?: Suggestion | null
  // `keep` is true when the reader asks for the search (Enter), so it becomes a step of their
  // history; typing only updates the address.
  onQuery: (query: string, keep: boolean) => void
  onLanguage: (lang: string) => void
}

const rtl = new Set(['ar', 'fa', 'he', 'ur'])

export function SearchPage({
  query,
  lang,
  languages,
  state,
  topics,
  suggestion,
  onQuery,
  onLanguage,
}: Props) {
  const { words, lang: pageLang } = useSpeech()
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
