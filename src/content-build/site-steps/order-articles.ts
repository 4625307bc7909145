import type { DraftHead } from '../article-parts.ts'
import type { StepResult } from '../run-steps.ts'
import type { SiteDraft } from '../site-draft.ts'

// Reading order is newest first, then by title; "next" is the next article in that order.
export function compareArticles(a: DraftHead, b: DraftHead): number {
  const byDate = Date.parse(b.date) - Date.parse(a.date)
  return byDate || a.title.localeCompare(b.title, 'en') || a.slug.localeCompare(b.slug, 'en')
}

export function orderArticles(site: SiteDraft): StepResult<SiteDraft> {
  return { draft: { ...site, drafts: [...site.drafts].sort(compareArticles) } }
}
