import { queryOptions } from '@tanstack/react-query'
import { withParts } from './article-parts.ts'
import type { CollectionKind } from './list-schemas.ts'
import { collectionPageKey } from './query-keys.ts'

// The fetchers bring the schema (and zod) with them, so they load with the first fetch.
const fetchers = () => import('./article-fetch.ts')

export const collectionPageQuery = (kind: CollectionKind, slug: string, page: number) =>
  queryOptions({
    queryKey: collectionPageKey(kind, slug, page),
    queryFn: async ({ signal }) =>
      withParts(await (await fetchers()).fetchCollectionPage(kind, slug, page, signal)),
  })
