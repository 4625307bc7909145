import type { Neighbour } from '../../articles/article-schema.ts'
import { ArticleHeadSchema, type DraftHead } from '../article-parts.ts'
import type { ContentProblem } from '../content-problem.ts'
import type { StepResult } from '../run-steps.ts'
import type { SiteDraft } from '../site-draft.ts'
import { titleKey } from '../title-key.ts'

// Runs on drafts in reading order. A neighbour named in front matter (by title, or by slug) is
// linked when it is among the articles; otherwise it is kept as a title, with a warning.
export function linkNeighbours(site: SiteDraft): StepResult<SiteDraft> {
  const ordered = site.drafts
  const warnings: ContentProblem[] = []
  const bySlug = new Map(ordered.map((draft) => [draft.slug, draft]))
  const byTitle = new Map(ordered.map((draft) => [titleKey(draft.title), draft]))

  const named = (
    draft: DraftHead,
    field: 'previous' | 'next',
    neighbour: { title: string; line: number },
  ): Neighbour => {
    const found = byTitle.get(titleKey(neighbour.title)) ?? bySlug.get(neighbour.title)
    if (found && found.slug !== draft.slug) {
      return { slug: found.slug, title: found.title, date: found.date }
    }
    warnings.push({
      file: draft.file,
      line: neighbour.line,
      column: 1,
      field,
      message: `no article titled "${neighbour.title}" in content/articles; the reader shows the title without a link`,
    })
    return { slug: null, title: neighbour.title }
  }
  const inOrder = (draft: DraftHead | undefined): Neighbour | null =>
    draft ? { slug: draft.slug, title: draft.title, date: draft.date } : null

  const articles = ordered.map((draft, index) => {
    const { namedPrevious, namedNext } = draft
    return ArticleHeadSchema.parse({
      ...draft,
      previous: namedPrevious
        ? named(draft, 'previous', namedPrevious)
        : inOrder(ordered[index - 1]),
      next: namedNext ? named(draft, 'next', namedNext) : inOrder(ordered[index + 1]),
    })
  })
  return { draft: { ...site, articles, warnings: [...site.warnings, ...warnings] } }
}
