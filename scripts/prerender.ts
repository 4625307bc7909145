import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { build } from 'vite'
import type * as EntryServer from '../src/entry-server.tsx'
import { htmlPage, splitTemplate } from '../src/prerender/html-page.ts'

// Writes static HTML for the list, every article and the not-found page into the client build,
// so a reader gets the page itself before any JavaScript runs. The server bundle is built into
// a temporary folder: the output folder holds only what is served.
const { values } = parseArgs({
  options: {
    out: { type: 'string', default: process.env.LEDE_DIST ?? 'dist' },
    data: { type: 'string' },
    template: { type: 'string' },
    site: { type: 'string', default: process.env.LEDE_SITE_URL ?? 'http://localhost:4173' },
    'ssr-bundle': { type: 'string' },
    quiet: { type: 'boolean', default: false },
  },
})

async function buildServerBundle(): Promise<{ file: string; cleanup: () => Promise<void> }> {
  // Inside the project, so the bundle's imports of react and the rest resolve from node_modules.
  const cache = path.resolve('node_modules/.cache')
  await mkdir(cache, { recursive: true })
  const dir = await mkdtemp(path.join(cache, 'lede-ssr-'))
  await build({
    logLevel: 'warn',
    build: {
      ssr: 'src/entry-server.tsx',
      outDir: dir,
      emptyOutDir: true,
      copyPublicDir: false,
    },
  })
  return {
    file: path.join(dir, 'entry-server.js'),
    cleanup: () => rm(dir, { recursive: true, force: true }),
  }
}

async function main(): Promise<void> {
  const started = performance.now()
  const outDir = path.resolve(values.out)
  const dataDir = path.resolve(values.data ?? path.join(outDir, 'data'))
  const templateFile = path.resolve(values.template ?? path.join(outDir, 'index.html'))
  const site = values.site.replace(/\/$/, '')

  const template = splitTemplate(await readFile(templateFile, 'utf8'))
  // React's server renderer is chosen by NODE_ENV when the bundle loads its dependencies.
  process.env.NODE_ENV = 'production'
  const bundle = values['ssr-bundle']
    ? { file: path.resolve(values['ssr-bundle']), cleanup: async () => {} }
    : await buildServerBundle()
  try {
    const server: typeof EntryServer = await import(pathToFileURL(bundle.file).href)
    await server.preloadAll()
    const pages = new Map<string, string>()

    const listPage = server.ArticleListPageSchema.parse(
      JSON.parse(await readFile(path.join(dataDir, 'list', '1.json'), 'utf8')),
    )
    pages.set('index.html', htmlPage(server, template, site, { kind: 'list', path: '/', listPage }))

    const articleFiles = (await readdir(path.join(dataDir, 'articles'))).filter((name) =>
      name.endsWith('.json'),
    )
    for (const name of articleFiles) {
      const text = await readFile(path.join(dataDir, 'articles', name), 'utf8')
      const article = server.ArticleSchema.parse(JSON.parse(text))
      const data = { kind: 'article' as const, path: `/articles/${article.slug}`, article }
      pages.set(`articles/${article.slug}/index.html`, htmlPage(server, template, site, data))
    }
    for (const folder of ['topics', 'authors']) {
      const dir = path.join(dataDir, folder)
      const files = await readdir(dir, { recursive: true }).catch(() => [])
      for (const name of files.filter((file) => file.endsWith('.json'))) {
        const text = await readFile(path.join(dir, name), 'utf8')
        const collectionPage = server.CollectionPageSchema.parse(JSON.parse(text))
        const { kind, slug, page } = collectionPage
        const address = server.collectionPath(kind, slug, page)
        const data = { kind: 'collection' as const, path: address, collectionPage }
        const file = `${folder}/${slug}/${page > 1 ? `page/${page}/` : ''}index.html`
        pages.set(file, htmlPage(server, template, site, data))
      }
    }
    pages.set('404.html', htmlPage(server, template, site, null))

    await writePages(outDir, pages)
    if (!values.quiet) {
      const seconds = ((performance.now() - started) / 1000).toFixed(2)
      console.log(
        `prerender: ${pages.size} pages -> ${path.relative(process.cwd(), outDir)} in ${seconds} s`,
      )
    }
  } finally {
    await bundle.cleanup()
  }
}

// Files are written a batch at a time: enough to keep the disk busy, few enough to stay under
// the open-file limit with ten thousand pages.
async function writePages(outDir: string, pages: Map<string, string>): Promise<void> {
  const entries = [...pages]
  const batch = 64
  for (let index = 0; index < entries.length; index += batch) {
    await Promise.all(
      entries.slice(index, index + batch).map(async ([relative, html]) => {
        const file = path.join(outDir, relative)
        await mkdir(path.dirname(file), { recursive: true })
        await writeFile(file, html)
      }),
    )
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
