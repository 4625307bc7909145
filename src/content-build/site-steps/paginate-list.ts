import type { ArticleListPage } from '../../articles/list-schemas.ts'
import { listItem } from '../list-item.ts'
import type { StepResult } from '../run-steps.ts'
import type { SiteDraft } from '../site-draft.ts'

export const LIST_PAGE_SIZE = 20

// The list is served in pages so that no page ever needs the whole index. The pages are checked
// by their schema when they are written (write-data-files.ts).
export function paginateList(site: SiteDraft): StepResult<SiteDraft> {
  const { articles } = site
  const total = articles.length
  const pageCount = Math.max(1, Math.ceil(total / LIST_PAGE_SIZE))
  const listPages: ArticleListPage[] = []
  for (let index = 0; index < pageCount; index += 1) {
    const items = articles.slice(index * LIST_PAGE_SIZE, (index + 1) * LIST_PAGE_SIZE)
    listPages.push({ page: index + 1, pageCount, total, articles: items.map(listItem) })
  }
  return { draft: { ...site, listPages } }
}
