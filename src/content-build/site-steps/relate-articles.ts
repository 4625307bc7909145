import { collectionTerms, withRelated } from '../add-related.ts'
import type { DraftHead } from '../article-parts.ts'
import { relateCollection } from '../relate-collection.ts'
import type { StepResult } from '../run-steps.ts'
import type { SiteDraft } from '../site-draft.ts'

// Related reading and more from the same author, across the ordered collection. The drafts are
// in the articles' order (link-neighbours.ts makes one article of each), and give the terms. A
// folder build gives what the last run worked out too (site.terms.recall), and keeps what this
// one works out (site.relatedMemory).
export function relateArticles(site: SiteDraft): StepResult<SiteDraft> {
  const draftAt = (index: number) => site.drafts[index] as DraftHead
  const terms = collectionTerms(
    site.articles,
    (index) => site.terms.termsOf(draftAt(index)),
    site.terms.table,
  )
  const recall = site.terms.recall
  const { lists, memory, how, why } = relateCollection(
    terms,
    recall && { ...recall, keyOf: (index: number) => recall.keyOf(draftAt(index)) },
  )
  return {
    draft: {
      ...site,
      articles: withRelated(site.articles, lists),
      relatedMemory: memory,
      relatedHow: { how, why },
    },
  }
}
