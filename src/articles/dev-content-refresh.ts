import { articleKey } from './query-keys.ts'
import { loadDataLayer } from './page-store.ts'

// What the dev server's content watcher says it wrote: one article's file, or (null) any.
export type ContentChange = { article: string | null }

// The dev server only (scripts/vite/content-watch-plugin.ts): when the content build has
// written new data, what the reader has of it is fetched again, and the page on screen shows
// it without a reload (a reload through the dev server takes seconds, as it fetches the app's
// modules one by one). An article built alone is fetched alone; after the whole build,
// everything is.
export function refreshOnContentChange(hot: NonNullable<ImportMeta['hot']>): void {
  hot.on('lede:content', (change: ContentChange) => {
    void loadDataLayer()
      .then((layer) =>
        layer
          .sharedQueryClient()
          .refetchQueries(change.article ? { queryKey: articleKey(change.article) } : {}),
      )
      .catch(() => window.location.reload())
  })
}
