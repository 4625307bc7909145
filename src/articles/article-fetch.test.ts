import { afterEach, expect, test, vi } from 'vitest'
import { articleUrl } from './article-addresses.ts'
import { ArticleLoadError, ArticleNotFoundError, PageInsteadOfDataError } from './article-errors.ts'
import { fetchArticle, fetchCollectionPage, FETCH_TIME_LIMIT_MS } from './article-fetch.ts'
import { fetchEarly } from './early-fetch.ts'

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

const respond = (response: Response) => vi.stubGlobal('fetch', () => Promise.resolve(response))
const json = (body: string, status = 200) =>
  new Response(body, { status, headers: { 'content-type': 'application/json' } })

test('a 404 is not found', async () => {
  respond(new Response('missing', { status: 404 }))
  await expect(fetchArticle('gone')).rejects.toBeInstanceOf(ArticleNotFoundError)
})

test('a page of a topic is asked for at its encoded address, and a page 0 is never asked for', async () => {
  const asked: string[] = []
  vi.stubGlobal('fetch', (url: string) => {
    asked.push(url)
    return Promise.resolve(new Response('missing', { status: 404 }))
  })
  await expect(fetchCollectionPage('topic', 'μεταφορές', 2)).rejects.toEqual(
    new ArticleNotFoundError('this topic'),
  )
  await expect(fetchCollectionPage('author', 'helen-marsh', 0)).rejects.toBeInstanceOf(
    ArticleNotFoundError,
  )
  expect(asked).toEqual([`/data/topics/${encodeURIComponent('μεταφορές')}/2.json`])
})

// A static host's fallback page says nothing about whether the article exists.
test('an HTML page where the data should be asks for the page, not "not found"', async () => {
  respond(new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } }))
  await expect(fetchArticle('maybe')).rejects.toBeInstanceOf(PageInsteadOfDataError)
})

test('data fetched early is used once, then fetched afresh', async () => {
  const bodies = ['first', 'second']
  vi.stubGlobal('fetch', () =>
    Promise.resolve(json(JSON.stringify({ slug: bodies.shift() ?? 'none' }))),
  )
  fetchEarly(articleUrl('a'))
  expect(bodies).toEqual(['second'])
  // Both fail the schema; what matters is that the early response is the first one read.
  await expect(fetchArticle('a')).rejects.toBeInstanceOf(ArticleLoadError)
  expect(bodies).toEqual(['second'])
  await expect(fetchArticle('a')).rejects.toBeInstanceOf(ArticleLoadError)
  expect(bodies).toEqual([])
})

test.each([
  ['a 500', json('boom', 500), { reason: 'refused', status: 500 }],
  ['a 503', json('busy', 503), { reason: 'refused', status: 503 }],
  ['truncated JSON', json('{"slug":"a","ti'), { reason: 'damaged', status: undefined }],
  ['JSON that fails the schema', json('{"slug":"a","title":42}'), { reason: 'unreadable' }],
])('%s is a load error the reader can retry', async (_, response, failure) => {
  respond(response)
  const error = await fetchArticle('a').catch((caught: unknown) => caught)
  expect(error).toBeInstanceOf(ArticleLoadError)
  expect(error).toMatchObject(failure)
})

test('a request that never answers fails after the time limit', async () => {
  vi.useFakeTimers()
  vi.stubGlobal(
    'fetch',
    (_: string, init: RequestInit) =>
      new Promise((_resolve, reject) => {
        init.signal?.addEventListener('abort', () =>
          reject(new DOMException('aborted', 'AbortError')),
        )
      }),
  )
  const result = expect(fetchArticle('slow')).rejects.toMatchObject({
    name: 'ArticleLoadError',
    reason: 'timeout',
  })
  await vi.advanceTimersByTimeAsync(FETCH_TIME_LIMIT_MS)
  await result
})

test('a network failure while offline says the article cannot be loaded offline', async () => {
  vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')))
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
  await expect(fetchArticle('a')).rejects.toMatchObject({
    name: 'ArticleLoadError',
    reason: 'offline',
  })
  vi.restoreAllMocks()
})

test('a network failure while online says the server could not be reached', async () => {
  vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')))
  await expect(fetchArticle('a')).rejects.toMatchObject({ reason: 'unreachable' })
})

test('a request cancelled by the reader is passed on as it is, not shown as a failure', async () => {
  const controller = new AbortController()
  const abort = new DOMException('aborted', 'AbortError')
  vi.stubGlobal('fetch', () => {
    controller.abort()
    return Promise.reject(abort)
  })
  await expect(fetchArticle('a', controller.signal)).rejects.toBe(abort)
})
