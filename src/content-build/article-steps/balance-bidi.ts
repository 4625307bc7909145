import type { DraftArticle } from '../article-draft.ts'
import { balanceBidi } from '../bidi.ts'
import type { StepResult } from '../run-steps.ts'

// The article's words that leave the body (the page title, the list, neighbours' links, the
// byline) are balanced, so no direction control can leak into the chrome around them.
export function balanceTitles(draft: DraftArticle): StepResult<DraftArticle> {
  const named = (neighbour: DraftArticle['namedNext']) =>
    neighbour ? { ...neighbour, title: balanceBidi(neighbour.title) } : null
  const optional = (text: string | null) => (text === null ? null : balanceBidi(text))
  return {
    draft: {
      ...draft,
      title: balanceBidi(draft.title),
      standfirst: optional(draft.standfirst),
      author: optional(draft.author),
      tags: draft.tags.map(balanceBidi),
      sections: draft.sections.map((section) => ({
        ...section,
        title: balanceBidi(section.title),
      })),
      namedPrevious: named(draft.namedPrevious),
      namedNext: named(draft.namedNext),
    },
  }
}
