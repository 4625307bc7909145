import { ArticleListPageSchema } from '../../articles/list-schemas.ts'
import type { StepResult } from '../run-steps.ts'
import type { SiteDraft } from '../site-draft.ts'

export const LIST_PAGE_SIZE = 20

// The list is served in pages so that no page ever needs the whole index.
export function paginateList(site: SiteDraft): StepResult<SiteDraft> {
  const { articles } = site
  const pageCount = Math.max(1, Math.ceil(articles.length / LIST_PAGE_SIZE))
  const listPages = Array.from({ length: pageCount }, (_, index) =>
    ArticleListPageSchema.parse({
      page: index + 1,
      pageCount,
      total: articles.length,
      articles: articles.slice(index * LIST_PAGE_SIZE, (index + 1) * LIST_PAGE_SIZE),
    }),
  )
  return { draft: { ...site, listPages } }
}
