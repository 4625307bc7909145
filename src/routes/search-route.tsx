import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { useLocation, useSearch } from 'wouter'
import { WithQueries } from '../articles/with-queries.tsx'
import { useSpeech } from '../lib/words/words-context.tsx'
import { FIRST_RESULTS, MORE_RESULTS } from '../search/result-counts.ts'
import { suggestQuery } from '../search/closest-word.ts'
import { SearchPage, type SearchState } from '../search/search-page.tsx'
import {
  searchLanguagesQuery,
  searchQuery,
  searchWordsQuery,
  topicIndexQuery,
  warmSearch,
} from '../search/search-queries.ts'

// /search?q=<words>&lang=<language>: the query lives in the address, so a search can be shared
// and Back returns to it. The page's own language is searched unless the reader picks another.
export function SearchRoute() {
  return (
    <WithQueries>
      <Search />
    </WithQueries>
  )
}

function Search() {
  const params = new URLSearchParams(useSearch())
  const [, navigate] = useLocation()
  const { lang: pageLang } = useSpeech()
  const query = params.get('q') ?? ''
  const term = query.trim()
  const { data: languages = [] } = useQuery(searchLanguagesQuery())
  const known = (code: string | null) =>
    code && languages.some((entry) => entry.lang === code) ? code : null
  const lang = known(params.get('lang')) ?? known(pageLang) ?? languages[0]?.lang ?? pageLang
  // The index starts loading as the page opens, so the first word typed is answered at once.
  useEffect(() => warmSearch(lang), [lang])
  // How many times the reader asked for more results of this search; a new search starts over.
  const [more, setMore] = useState({ term, times: 0 })
  const times = more.term === term ? more.times : 0
  const search = useQuery({
    // The page writes the words into the address once the typing pauses, so each is a search.
    ...searchQuery(lang, term, FIRST_RESULTS + times * MORE_RESULTS),
    enabled: term !== '',
    // While the next words are looked up, the last results stay rather than blinking out.
    placeholderData: keepPreviousData,
  })
  const found = search.data
  const state: SearchState = !term
    ? { kind: 'idle' }
    : search.isError
      ? { kind: 'failed' }
      : found
        ? {
            kind: 'found',
            results: found.results,
            total: found.total,
            more: found.results.length < found.total,
          }
        : { kind: 'searching' }
  // Only a search that finds nothing fetches the topics and the words to correct it to.
  const nothingFound = state.kind === 'found' && state.total === 0
  const { data: topics } = useQuery({ ...topicIndexQuery(), enabled: nothingFound })
  const { data: words } = useQuery({ ...searchWordsQuery(lang), enabled: nothingFound })
  const suggestion = nothingFound && words ? suggestQuery(term, words, lang) : null

  const address = (next: { q?: string; lang?: string }) => {
    const search = new URLSearchParams()
    const q = next.q ?? query
    const chosen = next.lang ?? params.get('lang')
    if (q) search.set('q', q)
    if (chosen && chosen !== pageLang) search.set('lang', chosen)
    const text = search.toString()
    return text ? `/search?${text}` : '/search'
  }
  const go = (next: { q?: string; lang?: string }, replace: boolean) =>
    navigate(address(next), { replace })

  return (
    <SearchPage
      query={query}
      lang={lang}
      languages={languages}
      state={state}
      topics={topics}
      suggestion={suggestion ? { query: suggestion, href: address({ q: suggestion }) } : null}
      onQuery={(q, keep) => go({ q }, !keep)}
      onLanguage={(code) => go({ lang: code }, true)}
      onMore={() => setMore({ term, times: times + 1 })}
      loadingMore={times > 0 && search.isPlaceholderData}
    />
  )
}
