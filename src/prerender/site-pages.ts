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

export const fixedPages: SitePage[] = [
  { relative: 'index.html', kind: 'list', source: path.join('list', '1.json'), always: true },
  { relative: '404.html', kind: 'not-found', source: null, always: false },
  // The search page's results are found in the browser, so it is the app's shell (a shared
  // /search?q= link is answered as a page, not a 404), with the topics for a browser without
  // JavaScript.
  { relative: 'search/index.html', kind: 'search', source: 'topics.json', always: false },
]

// Paths are joined with Array.join rather than path.join or a template: the names come from
// reading a folder, so there is nothing to normalise, and a joined string is one flat string,
// where a template's result is a chain of its pieces until something flattens it. At two
// hundred thousand pages, such pieces are much of what the garbage collector has to move.
export function articlePage(name: string): SitePage {
  return {
    relative: ['articles', name.replace(/\.json$/, ''), 'index.html'].join('/'),
    kind: 'article',
    source: ['articles', name].join(path.sep),
    always: false,
  }
}

// <folder>/<slug>/<number>.json is written at <folder>/<slug>/ (page 1) or .../page/<number>/.
export function collectionPage(folder: string, slug: string, number: number): SitePage {
  return {
    relative: (number > 1
      ? [folder, slug, 'page', number, 'index.html']
      : [folder, slug, 'index.html']
    ).join('/'),
    kind: 'collection',
    source: [folder, slug, `${number}.json`].join(path.sep),
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
  const root = dataDir + path.sep
  // One object of one shape for each page, rather than the page copied with its stat added.
  const surveyed = ({ relative, kind, source, always }: SitePage): SurveyedPage => {
    const stats =
      source === null ? undefined : statSync(root + source, { bigint: true, throwIfNoEntry: false })
    return { relative, kind, source, always, stat: stats ? statKey(stats) : null }
  }
  const pages = fixedPages.map(surveyed)
  for (const name of listOrNone(root + 'articles')) {
    if (name.endsWith('.json')) pages.push(surveyed(articlePage(name)))
  }
  for (const folder of ['topics', 'authors']) {
    for (const slug of listOrNone(root + folder)) {
      for (let number = 1; ; number++) {
        const page = surveyed(collectionPage(folder, slug, number))
        if (page.stat === null) break
        pages.push(page)
      }
    }
  }
  return pages
}
