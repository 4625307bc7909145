import { addRelated } from '../add-related.ts'
import type { StepResult } from '../run-steps.ts'
import type { SiteDraft } from '../site-draft.ts'

// Related reading and more from the same author, across the ordered collection.
export function relateArticles(site: SiteDraft): StepResult<SiteDraft> {
  return { draft: { ...site, articles: addRelated(site.articles) } }
}
