import { queryOptions } from '@tanstack/react-query'
import { ArticleNotFoundError, fetchJson } from './article-queries.ts'
import { CollectionPageSchema, type CollectionKind } from './collection-schema.ts'

const folder = { topic: 'topics', author: 'authors' } as const

export function collectionPageUrl(kind: CollectionKind, slug: string, page: number): string {
  return `/data/${folder[kind]}/${encodeURIComponent(slug)}/${page}.json`
}

// The reader's address of a page of a topic or an author: page 1 is the topic itself, and the
// others are paths of their own, so each is a prerendered page that reads without JavaScript.
export function collectionPath(kind: CollectionKind, slug: string, page = 1): string {
  const base = `/${folder[kind]}/${encodeURIComponent(slug)}`
  return page > 1 ? `${base}/page/${page}` : base
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

export const collectionPageQuery = (kind: CollectionKind, slug: string, page: number) =>
  queryOptions({
    queryKey: ['collection', kind, slug, page],
    queryFn: ({ signal }) => fetchCollectionPage(kind, slug, page, signal),
  })
