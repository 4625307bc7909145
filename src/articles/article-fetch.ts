import type { z } from 'zod/mini'
import { articleUrl, collectionPageUrl, listPageUrl } from './article-addresses.ts'
import { ArticleLoadError, ArticleNotFoundError, PageInsteadOfDataError } from './article-errors.ts'
import { ArticleSchema, slugPattern } from './article-schema.ts'
import { ArticleListPageSchema, CollectionPageSchema, type CollectionKind } from './list-schemas.ts'
import { takeEarlyResponse } from './early-fetch.ts'
import { seemsOffline } from '../lib/seems-offline.ts'

// The fetchers and the schema they check against (zod with it) are a chunk of their own, loaded
// by the first query that fetches: a prerendered page arrives with its data, checked by the
// content build, so its first load needs neither.

// A request that never answers would leave the reader on the loading state for ever: after
// this long it fails, and the reader offers Retry.
export const FETCH_TIME_LIMIT_MS = 10_000

async function fetchJson<T>(
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
    if (timeLimit.aborted) throw new ArticleLoadError('timeout', what)
    if (seemsOffline()) {
      throw new ArticleLoadError('offline', what)
    }
    throw new ArticleLoadError('unreachable', what)
  }
  let response: Response
  try {
    response =
      (await takeEarlyResponse(url)) ??
      (await fetch(url, {
        headers: { Accept: 'application/json' },
        signal: signal ? AbortSignal.any([signal, timeLimit]) : timeLimit,
      }))
  } catch (error) {
    return failed(error)
  }
  if (response.status === 404) throw new ArticleNotFoundError(what)
  // A static host may answer a file it does not have with its fallback HTML page. That says
  // nothing about whether the page exists, so the page itself is asked for.
  const isJson = response.headers.get('content-type')?.includes('json') ?? false
  if (response.ok && !isJson) throw new PageInsteadOfDataError(what)
  if (!response.ok) throw new ArticleLoadError('refused', what, response.status)
  let data: unknown
  try {
    data = await response.json()
  } catch (error) {
    // The body stopped arriving (time limit, lost connection) or was not whole JSON.
    if (signal?.aborted || timeLimit.aborted || error instanceof TypeError) return failed(error)
    throw new ArticleLoadError('damaged', what)
  }
  const parsed = schema.safeParse(data)
  if (!parsed.success) throw new ArticleLoadError('unreadable', what)
  return parsed.data
}

export function fetchArticle(slug: string, signal?: AbortSignal) {
  if (!slugPattern.test(slug)) return Promise.reject(new ArticleNotFoundError('this article'))
  return fetchJson(articleUrl(slug), ArticleSchema, 'this article', signal)
}

export function fetchListPage(page: number, signal?: AbortSignal) {
  if (!Number.isInteger(page) || page < 1)
    return Promise.reject(new ArticleNotFoundError('this page of articles'))
  return fetchJson(listPageUrl(page), ArticleListPageSchema, 'this page of articles', signal)
}

export function fetchCollectionPage(
  kind: CollectionKind,
  slug: string,
  page: number,
  signal?: AbortSignal,
) {
  const what = kind === 'topic' ? 'this topic' : "this author's articles"
  if (!slug || !Number.isInteger(page) || page < 1)
    return Promise.reject(new ArticleNotFoundError(what))
  return fetchJson(collectionPageUrl(kind, slug, page), CollectionPageSchema, what, signal)
}
