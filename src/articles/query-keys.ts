import type { CollectionKind } from './list-schemas.ts'

// The data layer's cache keys, apart from its queries so the first load can read the cache by
// them without loading React Query (src/articles/page-store.ts).
export const articleKey = (slug: string) => ['article', slug] as const
export const listPageKey = (page: number) => ['article-list', page] as const
export const collectionPageKey = (kind: CollectionKind, slug: string, page: number) =>
  ['collection', kind, slug, page] as const
