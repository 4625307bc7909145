import { articleDraft } from '../article-draft-fixture.ts'
import type { DraftArticle } from '../article-draft.ts'

// A draft for the tests of site steps, named by its slug.
export function draftFor(slug: string, fields: Partial<DraftArticle> = {}): DraftArticle {
  return articleDraft({ file: `content/articles/${slug}.md`, slug, title: slug, ...fields })
}
