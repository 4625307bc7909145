import type { Neighbour } from '../../articles/article-schema.ts'
import { LeadImageSchema } from '../../articles/picture-schema.ts'
import type { ArticleHead, DraftHead } from '../article-parts.ts'
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
    return articleHeadOf(
      draft,
      namedPrevious ? named(draft, 'previous', namedPrevious) : inOrder(ordered[index - 1]),
      namedNext ? named(draft, 'next', namedNext) : inOrder(ordered[index + 1]),
    )
  })
  return { draft: { ...site, articles, warnings: [...site.warnings, ...warnings] } }
}

// The article's head, field by field in ArticleHeadSchema's order, as its parse would give it:
// the draft's own fields (file, terms, links) are left out. Parsing 100,000 heads on every
// build would check again what nothing changed; each head is checked where it is written, in
// its article's file (joinArticle) and in the list pages (checked-text.ts), and a head that
// changed changes its file's key, so its file is written and checked again. A lead image is
// parsed here, as attachImages gives it its files after its other fields.
export function articleHeadOf(
  draft: DraftHead,
  previous: Neighbour | null,
  next: Neighbour | null,
): ArticleHead {
  const { featured, image, related, moreByAuthor } = draft
  return {
    slug: draft.slug,
    title: draft.title,
    date: draft.date,
    displayDate: draft.displayDate,
    standfirst: draft.standfirst,
    author: draft.author,
    lang: draft.lang,
    dir: draft.dir,
    tags: draft.tags,
    ...(featured === undefined ? {} : { featured }),
    ...(image === undefined ? {} : { image: LeadImageSchema.parse(image) }),
    wordCount: draft.wordCount,
    previous,
    next,
    ...(related === undefined ? {} : { related }),
    ...(moreByAuthor === undefined ? {} : { moreByAuthor }),
  }
}
