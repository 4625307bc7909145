import { statSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { listOrNone } from './list-folder.ts'
import { statKey } from './source-stat.ts'

// Every page the prerender writes, with the data file it is made from (a path inside the data
// folder). The list page is always rendered: the client build writes its page template to
// index.html, over the list page an earlier run rendered there.
export const SitePageSchema = z.object({
  relative: z.string(),
  kind: z.enum(['list', 'not-found', 'search', 'article', 'collection']),
  source: z.string().nullable(),
  always: z.boolean(),
})
export type SitePage = z.infer<typeof SitePageSchema>

const fixedPages: SitePage[] = [
  { relative: 'index.html', kind: 'list', source: path.join('list', '1.json'), always: true },
  { relative: '404.html', kind: 'not-found', source: null, always: false },
  // The search page's results are found in the browser, so it is the app's shell (a shared
  // /search?q= link is answered as a page, not a 404), with the topics for a browser without
  // JavaScript.
  { relative: 'search/index.html', kind: 'search', source: 'topics.json', always: false },
]

export function articlePage(name: string): SitePage {
  const slug = name.replace(/\.json$/, '')
  return {
    relative: `articles/${slug}/index.html`,
    kind: 'article',
    source: path.join('articles', name),
    always: false,
  }
}

// <folder>/<slug>/<page>.json is written at <folder>/<slug>/ (page 1) or .../page/<n>/.
export function collectionPage(name: string): SitePage {
  const [folder, slug, file] = name.split(path.sep)
  const number = Number(file?.replace(/\.json$/, ''))
  return {
    relative: `${folder}/${slug}/${number > 1 ? `page/${number}/` : ''}index.html`,
    kind: 'collection',
    source: name,
    always: false,
  }
}

// Each page with the stat of its data file now (null: none there, or the page has none).
export type SurveyedPage = SitePage & { stat: string | null }

// Every page, each with the stat of its data file, on this thread and synchronously: a large
// site has two hundred thousand data files, and each stat costs ten times as much through the
// thread pool. A topic's or author's pages are found by their numbers, 1.json until one is not
// there (the content build numbers them from 1 without a gap), rather than by reading each
// one's folder: tens of thousands of authors each have a folder, and reading one costs
// several stats.
export function surveySitePages(dataDir: string): SurveyedPage[] {
  const stat = (source: string) => {
    const stats = statSync(path.join(dataDir, source), { bigint: true, throwIfNoEntry: false })
    return stats ? statKey(stats) : null
  }
  const surveyed = (page: SitePage) => ({ ...page, stat: page.source ? stat(page.source) : null })
  const articles = listOrNone(path.join(dataDir, 'articles'))
    .filter((name) => name.endsWith('.json'))
    .map((name) => surveyed(articlePage(name)))
  const collections = ['topics', 'authors'].flatMap((folder) =>
    listOrNone(path.join(dataDir, folder)).flatMap((slug) => {
      const pages: SurveyedPage[] = []
      for (let number = 1; ; number++) {
        const name = path.join(folder, slug, `${number}.json`)
        const found = stat(name)
        if (found === null) return pages
        pages.push({ ...collectionPage(name), stat: found })
      }
    }),
  )
  return [...fixedPages.map(surveyed), ...articles, ...collections]
}
