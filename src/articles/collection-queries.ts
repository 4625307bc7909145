import { queryOptions } from '@tanstack/react-query'
import { ArticleNotFoundError, fetchJson } from './article-queries.ts'
import { collectionFolder } from '../lib/collection-path.ts'
import { CollectionPageSchema, type CollectionKind } from './article-schema.ts'

export function collectionPageUrl(kind: CollectionKind, slug: string, page: number): string {
  return `/data/${collectionFolder(kind)}/${encodeURIComponent(slug)}/${page}.json`
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
