import {
  closeSync,
  existsSync,
  fstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { z } from 'zod'
import type { ArticleSchema } from '../articles/article-schema.ts'
import type { ArticleListPageSchema, CollectionPageSchema } from '../articles/list-schemas.ts'
import type { collectionPath } from '../lib/collection-path.ts'
import { htmlPage, splitTemplate, type Renderer } from './html-page.ts'
import type { PageJob } from './page-job.ts'
import { keyer } from './page-key.ts'
import { searchShell } from './search-shell.ts'
import { settledStat } from './source-stat.ts'
import { TopicIndexSchema } from '../articles/list-schemas.ts'

// What a render thread is given once, when it starts: everything every page is made from. Sent
// to each worker, so it is checked when it arrives.
export const RenderContextSchema = z.object({
  bundleFile: z.string(),
  templateText: z.string(),
  site: z.string(),
  assetFiles: z.array(z.string()),
  outDir: z.string(),
  dataDir: z.string(),
  // The server bundle's key, the template and the site address: part of every page's key.
  common: z.array(z.string()),
})
export type RenderContext = z.infer<typeof RenderContextSchema>

export const PageResultSchema = z.object({
  relative: z.string(),
  key: z.string(),
  stat: z.string().nullable(),
  rendered: z.boolean(),
})
export type PageResult = z.infer<typeof PageResultSchema>

// The server bundle's exports the prerender uses (src/entry-server.tsx), typed from the app's
// own schemas because the build side does not import the app's entry.
type ServerBundle = Renderer & {
  ready: Promise<unknown>
  ArticleSchema: typeof ArticleSchema
  ArticleListPageSchema: typeof ArticleListPageSchema
  CollectionPageSchema: typeof CollectionPageSchema
  collectionPath: typeof collectionPath
}

// Read through one descriptor, so the stat kept is that of the very text that was read.
function readSource(file: string): { text: string; stat: string | null } {
  const fd = openSync(file, 'r')
  try {
    const stats = fstatSync(fd, { bigint: true })
    return { text: readFileSync(fd, 'utf8'), stat: settledStat(stats, Date.now()) }
  } finally {
    closeSync(fd)
  }
}

// Loads the server bundle and returns a function that brings one page up to date: reads its
// data, keys it, and renders and writes it unless the page on disk was made from the same key.
// Synchronous, so a thread does one page at a time and holds one page's data at most.
export async function loadRenderer(context: RenderContext): Promise<(job: PageJob) => PageResult> {
  // React's server renderer is chosen by NODE_ENV when the bundle loads its dependencies.
  process.env.NODE_ENV = 'production'
  const server: ServerBundle = await import(pathToFileURL(context.bundleFile).href)
  await server.ready
  const { templateText, site, assetFiles, outDir, dataDir } = context
  const template = splitTemplate(templateText)
  const keyOf = keyer(...context.common)
  const page = (data: Parameters<typeof htmlPage>[3]) =>
    htmlPage(server, template, site, data, assetFiles)

  const render = (job: PageJob, text: string): string => {
    switch (job.kind) {
      case 'list': {
        const listPage = server.ArticleListPageSchema.parse(JSON.parse(text))
        return page({ kind: 'list', path: '/', listPage })
      }
      case 'not-found':
        return page(null)
      case 'search':
        return searchShell(templateText, TopicIndexSchema.parse(JSON.parse(text)))
      case 'article': {
        const article = server.ArticleSchema.parse(JSON.parse(text))
        return page({ kind: 'article', path: `/articles/${article.slug}`, article })
      }
      case 'collection': {
        const collectionPage = server.CollectionPageSchema.parse(JSON.parse(text))
        const { kind, page: at } = collectionPage
        const address = server.collectionPath(kind, collectionPage.slug, at)
        return page({ kind: 'collection', path: address, collectionPage })
      }
      default:
        return job.kind satisfies never
    }
  }

  return (job) => {
    const source = job.source === null ? null : path.join(dataDir, job.source)
    // A site with no topics has no topics.json; its search page lists none.
    const { text, stat } =
      source === null
        ? { text: '', stat: null }
        : job.kind === 'search' && !existsSync(source)
          ? { text: '[]', stat: null }
          : readSource(source)
    const inputs =
      job.kind === 'not-found' ? '404' : job.kind === 'search' ? `search ${text}` : text
    const key = keyOf(job.relative, inputs)
    const file = path.join(outDir, job.relative)
    if (!job.always && job.previousKey === key && existsSync(file)) {
      return { relative: job.relative, key, stat, rendered: false }
    }
    let html: string
    try {
      html = render(job, text)
    } catch (error) {
      // Named by its data file: a thread's error reaches the run without the page it was on.
      const message = error instanceof Error ? error.message : String(error)
      throw new Error(`${job.source ?? job.relative}: ${message}`, { cause: error })
    }
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, html)
    return { relative: job.relative, key, stat, rendered: true }
  }
}
