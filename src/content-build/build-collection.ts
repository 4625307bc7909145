import { titleKey } from './title-key.ts'
import {
  ArticleListPageSchema,
  ArticleSchema,
  type Article,
  type ArticleListPage,
  type Neighbour,
} from '../articles/article-schema.ts'
import type { ContentProblem } from './content-problem.ts'
import type { DraftArticle } from './build-article.ts'
import type { ArticleLink } from './markdown-to-blocks.ts'

export const LIST_PAGE_SIZE = 20

export type Collection = {
  articles: Article[]
  listPages: ArticleListPage[]
  warnings: ContentProblem[]
}

// Reading order is newest first, then by title; "next" is the next article in that order.
export function compareArticles(a: DraftArticle, b: DraftArticle): number {
  const byDate = Date.parse(b.date) - Date.parse(a.date)
  return byDate || a.title.localeCompare(b.title, 'en') || a.slug.localeCompare(b.slug, 'en')
}

// Files that failed to build are passed as `failed`, so their slugs still count: a link to
// one is not reported as a link to nowhere, and a duplicate of one is still found in the
// same run.
export type FailedFile = { file: string; slug: string; articleLinks?: ArticleLink[] }

export function buildCollection(
  drafts: DraftArticle[],
  failed: FailedFile[] = [],
): Collection | { problems: ContentProblem[] } {
  const problems: ContentProblem[] = []
  const warnings: ContentProblem[] = []

  const bySlug = new Map<string, DraftArticle>()
  const fileBySlug = new Map<string, string>()
  const everyFile = [...drafts, ...failed].sort((a, b) => (a.file < b.file ? -1 : 1))
  for (const { file, slug } of everyFile) {
    const first = fileBySlug.get(slug)
    if (first) {
      problems.push({
        file,
        line: 1,
        column: 1,
        field: 'slug',
        message: `"${slug}" is also the slug of ${first}: rename one of the two files`,
      })
    } else {
      fileBySlug.set(slug, file)
    }
  }
  for (const draft of drafts) {
    if (fileBySlug.get(draft.slug) === draft.file) bySlug.set(draft.slug, draft)
  }

  const byTitle = new Map(drafts.map((draft) => [titleKey(draft.title), draft]))
  for (const { file, articleLinks = [] } of everyFile) {
    for (const link of articleLinks) {
      if (!fileBySlug.has(link.slug)) {
        problems.push({
          file,
          line: link.line,
          column: link.column,
          field: 'link',
          message: `/articles/${link.slug} is not an article in content/articles`,
        })
      }
    }
  }
  if (problems.length) return { problems }

  const ordered = [...bySlug.values()].sort(compareArticles)

  const named = (
    draft: DraftArticle,
    field: 'previous' | 'next',
    neighbour: { title: string; line: number },
  ): Neighbour => {
    const found = byTitle.get(titleKey(neighbour.title)) ?? bySlug.get(neighbour.title)
    if (found && found.slug !== draft.slug) return { slug: found.slug, title: found.title }
    warnings.push({
      file: draft.file,
      line: neighbour.line,
      column: 1,
      field,
      message: `no article titled "${neighbour.title}" in content/articles; the reader shows the title without a link`,
    })
    return { slug: null, title: neighbour.title }
  }
  const inOrder = (draft: DraftArticle | undefined): Neighbour | null =>
    draft ? { slug: draft.slug, title: draft.title } : null

  const articles = ordered.map((draft, index) => {
    const { namedPrevious, namedNext } = draft
    return ArticleSchema.parse({
      ...draft,
      previous: namedPrevious
        ? named(draft, 'previous', namedPrevious)
        : inOrder(ordered[index - 1]),
      next: namedNext ? named(draft, 'next', namedNext) : inOrder(ordered[index + 1]),
    })
  })

  const pageCount = Math.max(1, Math.ceil(articles.length / LIST_PAGE_SIZE))
  const listPages = Array.from({ length: pageCount }, (_, index) =>
    ArticleListPageSchema.parse({
      page: index + 1,
      pageCount,
      total: articles.length,
      articles: articles.slice(index * LIST_PAGE_SIZE, (index + 1) * LIST_PAGE_SIZE),
    }),
  )

  return { articles, listPages, warnings }
}
