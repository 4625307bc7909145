import { statSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { groupArticles } from '../src/content-build/collection-pages.ts'
import { feedFiles, leadImageOf, plannedFeeds } from '../src/content-build/feeds.ts'
import { mapLimited } from '../src/content-build/map-limited.ts'
import { robotsTxt, sitemapFiles, sitemapUrls } from '../src/content-build/sitemap.ts'
import { readBuiltArticle } from './read-built-article.ts'
import { readBuiltList } from './read-built-list.ts'
import { writeSearchIndex } from './search-index.ts'
import { runToEnd } from './run-to-end.ts'

// Files for the world outside the reader, written into the built site after the prerender: the
// feeds, the sitemap and robots.txt, which need the site's public address, and the search index.
// Memory stays bounded however many articles there are: the list's small items are held for the
// whole run, and a whole article only while its feed or its search page is being written.
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
  const dataDir = path.join(outDir, 'data')
  const readArticle = (slug: string) => readBuiltArticle(dataDir, slug)
  const articles = await readBuiltList(dataDir)
  const groups = groupArticles(articles)
  let fileCount = 0
  const write = async (relative: string, text: string) => {
    const file = path.join(outDir, relative)
    await mkdir(path.dirname(file), { recursive: true })
    await writeFile(file, text)
    fileCount++
  }
  const imageOf = leadImageOf(
    (file) => statSync(path.join(outDir, file), { throwIfNoEntry: false })?.size,
  )
  // One feed at a time: its articles are read, its files written, and both let go before the next.
  for (const { channel, slugs } of plannedFeeds(articles, groups)) {
    const newest = await mapLimited(slugs, 16, readArticle)
    for (const [relative, text] of feedFiles(channel, newest, site, imageOf)) {
      await write(relative, text)
    }
  }
  for (const [relative, text] of sitemapFiles(sitemapUrls(articles, groups), site)) {
    await write(relative, text)
  }
  await write('robots.txt', robotsTxt(site))
  const indexed = performance.now()
  const { languages } = await writeSearchIndex(articles, readArticle, outDir)
  if (!values.quiet) {
    const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(2)
    console.log(
      `site files: ${fileCount} files (feeds, sitemap, robots.txt) and a search index in ` +
        `${languages.length} languages -> ${values.out} in ${seconds(started)} s (index ${seconds(indexed)} s)`,
    )
  }
}

runToEnd('site files', main)
