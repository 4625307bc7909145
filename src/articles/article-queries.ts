import { queryOptions } from '@tanstack/react-query'
import type { z } from 'zod/mini'
import { ArticleListPageSchema, ArticleSchema } from './article-schema.ts'

export class ArticleNotFoundError extends Error {
  constructor(what: string) {
    super(`${what} is not in Lede`)
    this.name = 'ArticleNotFoundError'
  }
}

// The fetch failed or the data was not what the schema promises: the reader says so and offers Retry.
export class ArticleLoadError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ArticleLoadError'
  }
}

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

// A request that never answers would leave the reader on the loading state for ever: after
// this long it fails, and the reader offers Retry.
export const FETCH_TIME_LIMIT_MS = 10_000

export async function fetchJson<T>(
  url: string,
  schema: z.ZodMiniType<T>,
  what: string,
  signal?: AbortSignal,
): Promise<T> {
  // A plain timer rather than AbortSignal.timeout, so tests can move time on with a fake clock.
  const timeLimit = new AbortController()
  const timer = setTimeout(() => timeLimit.abort(), FETCH_TIME_LIMIT_MS)
  try {
    return await fetchWithin(url, schema, what, timeLimit.signal, signal)
  } finally {
    clearTimeout(timer)
  }
}

async function fetchWithin<T>(
  url: string,
  schema: z.ZodMiniType<T>,
  what: string,
  timeLimit: AbortSignal,
  signal?: AbortSignal,
): Promise<T> {
  const failed = (error: unknown): never => {
    // Cancelled by React Query (the reader went elsewhere): not a failure to show.
    if (signal?.aborted) throw error
    if (timeLimit.aborted) {
      throw new ArticleLoadError(`The server took too long to send ${what}.`)
    }
    if (typeof navigator !== 'undefined' && !navigator.onLine) {
      throw new ArticleLoadError(
        `You are offline, so ${what} cannot be loaded. Retry once you are back online.`,
      )
    }
    throw new ArticleLoadError(`Could not reach the server to load ${what}. Check your connection.`)
  }
  let response: Response
  try {
    response = await fetch(url, {
      headers: { Accept: 'application/json' },
      signal: signal ? AbortSignal.any([signal, timeLimit]) : timeLimit,
    })
  } catch (error) {
    return failed(error)
  }
  // A static host answers an unknown file with 404, or with the app's HTML page.
  const isJson = response.headers.get('content-type')?.includes('json') ?? false
  if (response.status === 404 || (response.ok && !isJson)) throw new ArticleNotFoundError(what)
  if (!response.ok) {
    throw new ArticleLoadError(`The server could not send ${what} (error ${response.status}).`)
  }
  let data: unknown
  try {
    data = await response.json()
  } catch (error) {
    // The body stopped arriving (time limit, lost connection) or was not whole JSON.
    if (signal?.aborted || timeLimit.aborted || error instanceof TypeError) return failed(error)
    throw new ArticleLoadError(`${capitalise(what)} arrived incomplete or damaged.`)
  }
  const parsed = schema.safeParse(data)
  if (!parsed.success)
    throw new ArticleLoadError(`${capitalise(what)} arrived in a shape Lede does not understand.`)
  return parsed.data
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

export function articleUrl(slug: string): string {
  return `/data/articles/${slug}.json`
}

export function fetchArticle(slug: string, signal?: AbortSignal) {
  if (!slugPattern.test(slug)) return Promise.reject(new ArticleNotFoundError('this article'))
  return fetchJson(articleUrl(slug), ArticleSchema, 'this article', signal)
}

export function fetchListPage(page: number, signal?: AbortSignal) {
  if (!Number.isInteger(page) || page < 1)
    return Promise.reject(new ArticleNotFoundError('this page of articles'))
  return fetchJson(
    `/data/list/${page}.json`,
    ArticleListPageSchema,
    'this page of articles',
    signal,
  )
}

export const articleQuery = (slug: string) =>
  queryOptions({
    queryKey: ['article', slug],
    queryFn: ({ signal }) => fetchArticle(slug, signal),
  })

export const listPageQuery = (page: number) =>
  queryOptions({
    queryKey: ['article-list', page],
    queryFn: ({ signal }) => fetchListPage(page, signal),
  })
