import path from 'node:path'
import type { PageManifest } from './page-manifest.ts'
import type { PageJob } from './page-job.ts'
import type { PagePlan } from './plan-pages.ts'
import { articlePage, collectionPage, fixedPages, type SitePage } from './site-pages.ts'

// The page made from a data file (site-pages.ts), or null for a file no page is made from (the
// list's later pages, which the reader fetches).
export function pageOfData(file: string): SitePage | null {
  const fixed = fixedPages.find((page) => page.source === file)
  if (fixed) return fixed
  const [folder, name, number, ...rest] = file.split('/')
  if (folder === 'articles' && name && number === undefined) return articlePage(name)
  const page = /^(\d+)\.json$/.exec(number ?? '')
  if ((folder === 'topics' || folder === 'authors') && name && page && !rest.length) {
    return collectionPage(folder, name, Number(page[1]))
  }
  return null
}

/**
 * The plan of a run after rebuilds in place, from the data files they changed (output-changes.ts)
 * rather than from a stat of every data file: the pages made from those files and the pages
 * rendered every time are read again, and every other page stays as the last run left it. Null
 * when a changed file stands for a page the last run did not make, and every page must be
 * surveyed (planPages).
 */
export function planChangedPages(
  previous: PageManifest,
  files: readonly string[],
  common: string,
): PagePlan | null {
  const at = new Map<string, number>()
  const pages = new Map<string, SitePage>()
  for (const page of fixedPages.filter((each) => each.always)) pages.set(page.relative, page)
  for (const file of files) {
    const page = pageOfData(file.split(path.sep).join('/'))
    if (page) pages.set(page.relative, page)
  }
  const wanted = new Set(pages.keys())
  previous.relatives.forEach((relative, index) => {
    if (wanted.has(relative)) at.set(relative, index)
  })
  const next: PagePlan['next'] = {
    common,
    relatives: [...previous.relatives],
    keys: [...previous.keys],
    stats: [...previous.stats],
  }
  const jobs: PageJob[] = []
  const slots: number[] = []
  for (const { relative, kind, source, always } of pages.values()) {
    const slot = at.get(relative)
    if (slot === undefined) return null
    jobs.push({ relative, kind, source, always, previousKey: previous.keys[slot] ?? null })
    slots.push(slot)
    next.keys[slot] = ''
    next.stats[slot] = null
  }
  return { next, jobs, slots, gone: [] }
}
