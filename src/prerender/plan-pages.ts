import type { PageManifest } from './page-manifest.ts'
import type { Pending } from './pending-pages.ts'
import { orderedIndex } from './ordered-index.ts'
import type { PageJob } from './page-job.ts'
import type { SitePage } from './site-pages.ts'

type PlanInput = {
  // Each page with the stat of its data file now (null: no data file, or none there).
  pages: readonly (SitePage & { stat: string | null })[]
  previous: PageManifest
  // The key of the inputs every page shares (the server bundle, the template, the site address).
  common: string
  pending: Pending
  exists: (relative: string) => boolean
}

export type PagePlan = {
  // This run's manifest, a place for each page in the order of the pages, so the next run finds
  // them in the same order: a kept page's entry as the last run left it, and a job's empty (no
  // key, no stat) until its result fills it in.
  next: PageManifest & { common: string }
  jobs: PageJob[]
  // The place in next of each job's result: jobs[i]'s is slots[i].
  slots: number[]
  // Pages an earlier run wrote that no page now stands for (a deleted article, a topic no
  // article has now), including any a stopped run may have written.
  gone: string[]
}

// Splits the pages into those the last run left current, kept without reading their data, and
// those to read. A page is kept only when its data file has the stat the last run read it
// with, nothing every page shares has changed, no run stopped while it might have been
// rewriting it, and it is on disk (a client build empties the folder).
export function planPages({ pages, previous, common, pending, exists }: PlanInput): PagePlan {
  const next: PagePlan['next'] = { common, relatives: [], keys: [], stats: [] }
  const jobs: PageJob[] = []
  const slots: number[] = []
  const sameCommon = previous.common === common
  const find = orderedIndex(previous.relatives)
  const found = new Uint8Array(previous.relatives.length)
  for (const page of pages) {
    const at = find(page.relative)
    if (at >= 0) found[at] = 1
    const untrusted = pending === 'all' || (pending.size > 0 && pending.has(page.relative))
    const lastKey = at < 0 || untrusted ? null : (previous.keys[at] ?? null)
    const kept =
      lastKey !== null &&
      sameCommon &&
      !page.always &&
      page.stat !== null &&
      previous.stats[at] === page.stat &&
      exists(page.relative)
    const { relative, kind, source, always } = page
    next.relatives.push(relative)
    next.keys.push(kept ? lastKey : '')
    next.stats.push(kept ? page.stat : null)
    if (!kept) {
      slots.push(next.relatives.length - 1)
      jobs.push({ relative, kind, source, always, previousKey: lastKey })
    }
  }
  return { next, jobs, slots, gone: gonePages(previous, found, pending, pages) }
}

// The last run's pages that no page was found for, and those a stopped run may have written,
// less any that a page now stands for. Usually there are none, and then the pages are not
// gathered into a set at all.
function gonePages(
  previous: PageManifest,
  found: Uint8Array,
  pending: Pending,
  pages: readonly SitePage[],
): string[] {
  const unfound = previous.relatives.filter((_, index) => found[index] === 0)
  const written = new Set(pending === 'all' ? unfound : [...unfound, ...pending])
  if (written.size === 0) return []
  const current = new Set(pages.map((page) => page.relative))
  return [...written].filter((relative) => !current.has(relative))
}
