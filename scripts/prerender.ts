import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import type * as EntryServer from '../src/entry-server.tsx'
import { mapLimited } from '../src/content-build/map-limited.ts'
import { startProgress } from '../src/content-build/progress.ts'
import { htmlPage, splitTemplate } from '../src/prerender/html-page.ts'
import {
  isCurrent,
  manifestFile,
  pageKey,
  readManifest,
  writeManifest,
  type PageManifest,
} from '../src/prerender/page-manifest.ts'
import { searchShell } from '../src/prerender/search-shell.ts'
import { serverBundle } from '../src/prerender/server-bundle.ts'
import { TopicIndexSchema } from '../src/articles/list-schemas.ts'
import { runToEnd } from './run-to-end.ts'

// Writes static HTML for the list, every article, each page of every topic and author, the
// not-found page and the search page's shell into the client build, so a reader gets the page itself before any JavaScript
// runs. Only pages whose inputs changed (their data, the page template, the site address or the
// app's code) are rendered again, and each page is written as soon as it is rendered, so memory
// does not grow with the site.
const { values } = parseArgs({
  options: {
    out: { type: 'string', default: process.env.LEDE_DIST ?? 'dist' },
    data: { type: 'string' },
    template: { type: 'string' },
    site: { type: 'string', default: process.env.LEDE_SITE_URL ?? 'http://localhost:4173' },
    'ssr-bundle': { type: 'string' },
    cache: { type: 'string', default: 'node_modules/.cache/lede-prerender' },
    quiet: { type: 'boolean', default: false },
  },
})

type Page = { relative: string; inputs: string; render: () => string }

async function main(): Promise<void> {
  const started = performance.now()
  const outDir = path.resolve(values.out)
  const dataDir = path.resolve(values.data ?? path.join(outDir, 'data'))
  const templateFile = path.resolve(values.template ?? path.join(outDir, 'index.html'))
  const site = values.site.replace(/\/$/, '')

  const templateText = await readFile(templateFile, 'utf8')
  const template = splitTemplate(templateText)
  // React's server renderer is chosen by NODE_ENV when the bundle loads its dependencies.
  process.env.NODE_ENV = 'production'
  const bundle = values['ssr-bundle']
    ? {
        file: path.resolve(values['ssr-bundle']),
        key: pageKey(await readFile(values['ssr-bundle'], 'utf8')),
      }
    : await serverBundle()
  const server: typeof EntryServer = await import(pathToFileURL(bundle.file).href)
  await server.ready
  // An Arabic or Greek article preloads its own faces, named by their built files.
  const assetFiles = await readdir(path.join(outDir, 'assets')).catch(() => [])
  const page = (data: Parameters<typeof htmlPage>[3]) =>
    htmlPage(server, template, site, data, assetFiles)

  const listText = await readFile(path.join(dataDir, 'list', '1.json'), 'utf8')
  const topicsText = await readFile(path.join(dataDir, 'topics.json'), 'utf8').catch(() => '[]')
  const pages: Page[] = [
    {
      relative: 'index.html',
      inputs: listText,
      render: () => {
        const listPage = server.ArticleListPageSchema.parse(JSON.parse(listText))
        return page({ kind: 'list', path: '/', listPage })
      },
    },
    { relative: '404.html', inputs: '404', render: () => page(null) },
    // The search page's results are found in the browser, so it is the app's shell (a shared
    // /search?q= link is answered as a page, not a 404), with the topics for a browser without
    // JavaScript.
    {
      relative: 'search/index.html',
      inputs: `search ${topicsText}`,
      render: () => searchShell(templateText, TopicIndexSchema.parse(JSON.parse(topicsText))),
    },
  ]
  const articleNames = (await readdir(path.join(dataDir, 'articles'))).filter((name) =>
    name.endsWith('.json'),
  )
  // Each page of a topic or an author: data/topics/<slug>/<page>.json and the same for authors.
  const collectionFiles = (
    await Promise.all(
      ['topics', 'authors'].map(async (folder) =>
        (await readdir(path.join(dataDir, folder), { recursive: true }).catch(() => []))
          .filter((name) => name.endsWith('.json'))
          .map((name) => path.join(folder, name)),
      ),
    )
  ).flat()

  const manifestPath = manifestFile(path.resolve(values.cache), outDir)
  const previous = await readManifest(manifestPath)
  const manifest: PageManifest = {}
  const common = [bundle.key, templateText, site]
  let rendered = 0
  const progress = startProgress({
    label: 'prerender',
    total: values.quiet ? 0 : pages.length + articleNames.length + collectionFiles.length,
  })
  const write = async ({ relative, inputs, render }: Page, index: number) => {
    const key = pageKey(...common, relative, inputs)
    manifest[relative] = key
    // The client build writes its page template to index.html, over the list page an earlier
    // run rendered there, so that page is always rendered again (it is one page).
    const overwritten = relative === 'index.html'
    if (overwritten || !isCurrent(previous, outDir, relative, key)) {
      const file = path.join(outDir, relative)
      await mkdir(path.dirname(file), { recursive: true })
      await writeFile(file, render())
      rendered += 1
    }
    progress.update(index + 1)
  }
  await mapLimited(pages, 2, write)
  await mapLimited(articleNames, 32, async (name, index) => {
    const text = await readFile(path.join(dataDir, 'articles', name), 'utf8')
    const slug = name.replace(/\.json$/, '')
    await write(
      {
        relative: `articles/${slug}/index.html`,
        inputs: text,
        render: () => {
          const article = server.ArticleSchema.parse(JSON.parse(text))
          return page({ kind: 'article', path: `/articles/${article.slug}`, article })
        },
      },
      pages.length + index,
    )
  })
  await mapLimited(collectionFiles, 32, async (name, index) => {
    const text = await readFile(path.join(dataDir, name), 'utf8')
    // <folder>/<slug>/<page>.json is written at <folder>/<slug>/ (page 1) or .../page/<n>/.
    const [folder, slug, file] = name.split(path.sep)
    const number = Number(file?.replace(/\.json$/, ''))
    await write(
      {
        relative: `${folder}/${slug}/${number > 1 ? `page/${number}/` : ''}index.html`,
        inputs: text,
        render: () => {
          const collectionPage = server.CollectionPageSchema.parse(JSON.parse(text))
          const { kind, page: at } = collectionPage
          const address = server.collectionPath(kind, collectionPage.slug, at)
          return page({ kind: 'collection', path: address, collectionPage })
        },
      },
      pages.length + articleNames.length + index,
    )
  })
  progress.finish()
  // Pages that are gone (a deleted article, a topic no article has now), left by an earlier run.
  const gone = Object.keys(previous).filter((relative) => !(relative in manifest))
  await mapLimited(gone, 32, (relative) => rm(path.join(outDir, relative), { force: true }))
  await writeManifest(manifestPath, manifest)

  if (!values.quiet) {
    const seconds = ((performance.now() - started) / 1000).toFixed(2)
    const total = Object.keys(manifest).length
    console.log(
      `prerender: ${total} pages (${rendered} rendered, ${total - rendered} unchanged) -> ${path.relative(process.cwd(), outDir)} in ${seconds} s`,
    )
  }
}

runToEnd('prerender', main)
