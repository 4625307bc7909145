import type { StepResult } from '../run-steps.ts'
import type { SiteDraft } from '../site-draft.ts'

// The JSON the reader fetches: one file per article and one per list page.
export function writeDataFiles(site: SiteDraft): StepResult<SiteDraft> {
  const files = new Map(site.files)
  for (const article of site.articles) {
    files.set(`articles/${article.slug}.json`, JSON.stringify(article))
  }
  for (const page of site.listPages) files.set(`list/${page.page}.json`, JSON.stringify(page))
  return { draft: { ...site, files } }
}
