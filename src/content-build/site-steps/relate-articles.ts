import { addRelated } from '../add-related.ts'
import type { StepResult } from '../run-steps.ts'
import type { SiteDraft } from '../site-draft.ts'

// Related reading and more from the same author, across the ordered collection. The drafts are
// in the articles' order (link-neighbours.ts makes one article of each), and carry the terms.
export function relateArticles(site: SiteDraft): StepResult<SiteDraft> {
  const terms = site.drafts.map((draft) => draft.terms)
  return { draft: { ...site, articles: addRelated(site.articles, terms) } }
}
