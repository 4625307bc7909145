import type { PageEntry, PageManifest } from './page-manifest.ts'
import type { Pending } from './pending-pages.ts'
import { z } from 'zod'
import { SitePageSchema, type SitePage } from './site-pages.ts'

// A page to read, key and (if its key changed or it is not on disk) render, with the key the
// last run wrote it under when that can still be trusted. Sent to render threads.
export const PageJobSchema = SitePageSchema.extend({ previousKey: z.string().nullable() })
export type PageJob = z.infer<typeof PageJobSchema>

type PlanInput = {
  // Each page with the stat of its data file now (null: no data file, or none there).
  pages: readonly (SitePage & { stat: string | null })[]
  previous: PageManifest
  // The key of the inputs every page shares (the server bundle, the template, the site address).
  common: string
  pending: Pending
  exists: (relative: string) => boolean
}

// Splits the pages into those the last run left current, kept without reading their data, and
// those to read. A page is kept only when its data file has the stat the last run read it
// with, nothing every page shares has changed, no run stopped while it might have been
// rewriting it, and it is on disk (a client build empties the folder).
export function planPages({ pages, previous, common, pending, exists }: PlanInput): {
  kept: Map<string, PageEntry>
  jobs: PageJob[]
} {
  const kept = new Map<string, PageEntry>()
  const jobs: PageJob[] = []
  const sameCommon = previous.common === common
  for (const page of pages) {
    const untrusted = pending === 'all' || pending.has(page.relative)
    const last = untrusted ? undefined : previous.pages.get(page.relative)
    if (
      last &&
      sameCommon &&
      !page.always &&
      page.stat !== null &&
      last.stat === page.stat &&
      exists(page.relative)
    ) {
      kept.set(page.relative, last)
    } else {
      const { relative, kind, source, always } = page
      jobs.push({ relative, kind, source, always, previousKey: last?.key ?? null })
    }
  }
  return { kept, jobs }
}

// Pages an earlier run wrote that no page now stands for (a deleted article, a topic no article
// has now), including any a stopped run may have written.
export function gonePages(
  previous: PageManifest,
  pending: Pending,
  current: ReadonlySet<string>,
): string[] {
  const written = new Set(previous.pages.keys())
  if (pending !== 'all') for (const relative of pending) written.add(relative)
  return [...written].filter((relative) => !current.has(relative))
}
