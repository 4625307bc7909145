import { statSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { groupArticles } from '../src/content-build/collection-pages.ts'
import { feedFiles, leadImageOf } from '../src/content-build/feeds.ts'
import { robotsTxt, sitemapFiles, sitemapUrls } from '../src/content-build/sitemap.ts'
import { readBuiltArticles } from './read-built-articles.ts'
import { writeSearchIndex } from './search-index.ts'

// Files for the world outside the reader, written into the built site after the prerender: the
// feeds, the sitemap and robots.txt, which need the site's public address, and the search index.
const DEFAULT_SITE = 'http://localhost:4173'
const { values } = parseArgs({
  options: {
    out: { type: 'string', default: process.env.LEDE_DIST ?? 'dist' },
    site: { type: 'string', default: process.env.LEDE_SITE_URL },
    quiet: { type: 'boolean', default: false },
  },
})

async function main(): Promise<void> {
  const started = performance.now()
  if (!values.site) {
    console.warn(
      `warning: LEDE_SITE_URL is not set, so the feeds, sitemap.xml and robots.txt give addresses on ${DEFAULT_SITE}; ` +
        'set it to the site address, e.g. LEDE_SITE_URL=https://news.example npm run build',
    )
  }
  const site = (values.site ?? DEFAULT_SITE).replace(/\/$/, '')
  const outDir = path.resolve(values.out)
  const articles = await readBuiltArticles(path.join(outDir, 'data'))
  const groups = groupArticles(articles)
  const files = new Map<string, string>([
    ...feedFiles(
      articles,
      groups,
      site,
      leadImageOf((file) => statSync(path.join(outDir, file), { throwIfNoEntry: false })?.size),
    ),
    ...sitemapFiles(sitemapUrls(articles, groups), site),
    ['robots.txt', robotsTxt(site)],
  ])
  for (const [relative, text] of files) {
    const file = path.join(outDir, relative)
    await mkdir(path.dirname(file), { recursive: true })
    await writeFile(file, text)
  }
  const indexed = performance.now()
  const { languages } = await writeSearchIndex(articles, outDir)
  if (!values.quiet) {
    const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(2)
    console.log(
      `site files: ${files.size} files (feeds, sitemap, robots.txt) and a search index in ` +
        `${languages.length} languages -> ${values.out} in ${seconds(started)} s (index ${seconds(indexed)} s)`,
    )
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
