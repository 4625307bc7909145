import { CollectionPageSchema } from '../../articles/list-schemas.ts'
import { checkedText } from '../checked-text.ts'
import { pageText } from '../list-item.ts'
import { collectionFile, collectionPages, groupArticles, topicIndex } from '../collection-pages.ts'
import type { StepResult } from '../run-steps.ts'
import type { SiteDraft } from '../site-draft.ts'

// A page of JSON per page of each topic and each author, and the index of topics. The groups
// stay on the draft, so the front page takes its topics from them rather than grouping again.
// Each page is checked by its schema when it is written (checked-text.ts).
export function writeCollectionPages(site: SiteDraft): StepResult<SiteDraft> {
  const files = new Map(site.files)
  const groups = groupArticles(site.articles)
  for (const page of collectionPages(groups)) {
    files.set(
      collectionFile(page),
      checkedText(page, (it) => CollectionPageSchema.parse(it), pageText(page)),
    )
  }
  files.set('topics.json', JSON.stringify(topicIndex(groups)))
  return { draft: { ...site, files, groups } }
}
