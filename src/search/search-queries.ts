import { queryOptions } from '@tanstack/react-query'
import { loadPagefind, searchPagefind } from './pagefind.ts'
import { SearchLanguagesSchema, SearchWordsSchema, TopicIndexSchema } from './search-schema.ts'

async function fetchJson(url: string, signal: AbortSignal): Promise<unknown> {
  const response = await fetch(url, { signal })
  if (!response.ok) throw new Error(`${url}: ${response.status}`)
  return response.json()
}

// The first `count` results. Asking for more asks again with a larger count: Pagefind keeps the
// index chunks and the excerpts it has fetched, so only the new results cost a fetch.
export const searchQuery = (lang: string, term: string, count: number) =>
  queryOptions({
    queryKey: ['search', lang, term, count],
    // A search overtaken by the next words stops before it fetches its results' excerpts.
    queryFn: ({ signal }) => searchPagefind(lang, term, { signal, limit: count }),
    // The index does not change while a page is open.
    staleTime: Infinity,
  })

export const searchLanguagesQuery = () =>
  queryOptions({
    queryKey: ['search-languages'],
    queryFn: async ({ signal }) =>
      SearchLanguagesSchema.parse(await fetchJson('/pagefind/languages.json', signal)),
    staleTime: Infinity,
  })

export const searchWordsQuery = (lang: string) =>
  queryOptions({
    queryKey: ['search-words', lang],
    queryFn: async ({ signal }) =>
      SearchWordsSchema.parse(
        await fetchJson(`/pagefind/${encodeURIComponent(lang)}/words.json`, signal),
      ),
    staleTime: Infinity,
  })

export const topicIndexQuery = () =>
  queryOptions({
    queryKey: ['topic-index'],
    queryFn: async ({ signal }) =>
      TopicIndexSchema.parse(await fetchJson('/data/topics.json', signal)),
    staleTime: Infinity,
  })

// A failure here is met again, and shown, by the search itself.
export const warmSearch = (lang: string): void => void loadPagefind(lang).catch(() => undefined)
