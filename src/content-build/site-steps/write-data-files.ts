import { ArticleListPageSchema } from '../../articles/list-schemas.ts'
import { checkedText } from '../checked-text.ts'
import { pageText } from '../list-item.ts'
import type { StepResult } from '../run-steps.ts'
import type { SiteDraft } from '../site-draft.ts'

// The list's JSON, a file per page, each checked by its schema when it is written
// (checked-text.ts), its items written as the topic and author pages wrote them (list-item.ts). Each article's own file is written from its head and its body
// (article-parts.ts, joinArticle) by whoever holds the bodies: in memory for a test, read back
// from the cache one by one for a site of any size (build-content-folder.ts).
export function writeDataFiles(site: SiteDraft): StepResult<SiteDraft> {
  const files = new Map(site.files)
  for (const page of site.listPages) {
    files.set(
      `list/${page.page}.json`,
      checkedText(page, (it) => ArticleListPageSchema.parse(it), pageText(page)),
    )
  }
  return { draft: { ...site, files } }
}
