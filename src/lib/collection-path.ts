// The reader's address of a page of a topic or an author: page 1 is the topic itself, and the
// others are paths of their own, so each is a prerendered page that reads without JavaScript.
export type CollectionFolder = 'topic' | 'author'

export const collectionFolder = (kind: CollectionFolder) =>
  kind === 'topic' ? 'topics' : 'authors'

export function collectionPath(kind: CollectionFolder, slug: string, page = 1): string {
  const base = `/${collectionFolder(kind)}/${encodeURIComponent(slug)}`
  return page > 1 ? `${base}/page/${page}` : base
}
