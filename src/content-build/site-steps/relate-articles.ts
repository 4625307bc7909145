import { addRelated } from '../add-related.ts'
import type { DraftHead } from '../article-parts.ts'
import type { StepResult } from '../run-steps.ts'
import type { SiteDraft } from '../site-draft.ts'

// Related reading and more from the same author, across the ordered collection. The drafts are
// in the articles' order (link-neighbours.ts makes one article of each), and give the terms.
export function relateArticles(site: SiteDraft): StepResult<SiteDraft> {
  const termsAt = (index: number) => site.terms.termsOf(site.drafts[index] as DraftHead)
  return { draft: { ...site, articles: addRelated(site.articles, termsAt, site.terms.table) } }
}
