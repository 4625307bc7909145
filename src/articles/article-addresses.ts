import { collectionFolder, type CollectionFolder } from '../lib/collection-path.ts'

// Where the content build puts each piece of data, as the reader asks for it.
export const articleUrl = (slug: string) => `/data/articles/${slug}.json`
export const listPageUrl = (page: number) => `/data/list/${page}.json`
export const collectionPageUrl = (kind: CollectionFolder, slug: string, page: number) =>
  `/data/${collectionFolder(kind)}/${encodeURIComponent(slug)}/${page}.json`
