import { z } from 'zod/mini'
import { SearchResultSchema, type SearchResult } from './search-schema.ts'

// The part of Pagefind's module the reader calls. Its results hand over their data lazily, one
// fetch per result, through `data()`.
type PagefindModule = {
  options: (options: Record<string, unknown>) => Promise<void>
  init: () => Promise<void>
  search: (term: string) => Promise<{ results: { data: () => Promise<unknown> }[] } | null>
}

const isFunction = (value: unknown) => typeof value === 'function'

// Null when a newer search has overtaken this one.
const ResponseSchema = z.nullable(
  z.object({
    results: z.array(z.object({ data: z.custom<() => Promise<unknown>>(isFunction) })),
  }),
)
const ModuleSchema = z.object({
  options: z.custom<PagefindModule['options']>(isFunction),
  init: z.custom<PagefindModule['init']>(isFunction),
  search: z.custom<PagefindModule['search']>(isFunction),
})

const loaded = new Map<string, Promise<PagefindModule>>()

// Each language's bundle is its own module, imported from the built site only when the reader
// reaches for search, so no page pays for it before.
export function loadPagefind(lang: string): Promise<PagefindModule> {
  let found = loaded.get(lang)
  if (!found) {
    const url = `/pagefind/${encodeURIComponent(lang)}/pagefind.js`
    found = import(/* @vite-ignore */ url).then(async (module: unknown) => {
      const pagefind = ModuleSchema.parse(module)
      // The policy requires Trusted Types for scripts, and Pagefind makes its worker from a
      // plain string URL, which that refuses: it runs on the page instead, which for an index
      // of this size costs nothing a reader notices.
      await pagefind.options({ noWorker: true, excerptLength: 24 })
      await pagefind.init()
      return pagefind
    })
    // A failed load (offline, say) is tried again next time rather than remembered.
    found.catch(() => loaded.delete(lang))
    loaded.set(lang, found)
  }
  return found
}

export type SearchPage = { total: number; results: SearchResult[] }

// The first `limit` pages that match, best first, with their data checked, and how many match
// in all. Each result's data is a fetch of its own, so only those shown are fetched.
export async function searchPagefind(
  lang: string,
  term: string,
  { limit, signal }: { limit: number; signal?: AbortSignal },
): Promise<SearchPage> {
  const pagefind = await loadPagefind(lang)
  const response = ResponseSchema.parse(await pagefind.search(term))
  signal?.throwIfAborted()
  if (!response) return { total: 0, results: [] }
  const shown = response.results.slice(0, limit)
  const data = await Promise.all(shown.map((result) => result.data()))
  return {
    total: response.results.length,
    results: data.map((entry) => SearchResultSchema.parse(entry)),
  }
}
