import { z } from 'zod/mini'
import { withParts } from './article-parts.ts'
import { articleKey } from './query-keys.ts'
import { loadDataLayer } from './page-store.ts'

// What the dev server's content watcher says it wrote: one article's file (with its text, when
// it was built alone), or (null) any.
export const ContentChangeSchema = z.object({
  article: z.nullable(z.string()),
  written: z.optional(z.string()),
})
export type ContentChange = z.infer<typeof ContentChangeSchema>

// The dev server only (scripts/vite/content-watch-plugin.ts): when the content build has
// written new data, what the reader has of it is fetched again, and the page on screen shows
// it without a reload (a reload through the dev server takes seconds, as it fetches the app's
// modules one by one). An article built alone comes with the message, checked by its schema as
// a fetched one is, so the page shows it without a round trip to the server; after the whole
// build, everything is fetched again.
export function refreshOnContentChange(hot: NonNullable<ImportMeta['hot']>): void {
  hot.on('lede:content', (message: unknown) => {
    void loadDataLayer()
      .then(async (layer) => {
        const client = layer.sharedQueryClient()
        const change = ContentChangeSchema.parse(message)
        const article = change.article && change.written ? await readWritten(change.written) : null
        if (change.article && article) client.setQueryData(articleKey(change.article), article)
        else
          await client.refetchQueries(
            change.article ? { queryKey: articleKey(change.article) } : {},
          )
      })
      .catch(() => window.location.reload())
  })
}

// The article's file as the dev server wrote it, or null when it is not one (then it is fetched).
async function readWritten(text: string) {
  const { ArticleSchema } = await import('./article-schema.ts')
  try {
    const parsed = ArticleSchema.safeParse(JSON.parse(text))
    return parsed.success ? await withParts(parsed.data) : null
  } catch {
    return null
  }
}
