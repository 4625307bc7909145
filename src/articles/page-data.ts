import type { Article } from './article-schema.ts'
import type { ArticleListPage, CollectionPage } from './list-schemas.ts'

// What a prerendered page was rendered from. It travels in the page as a JSON data block, so
// the browser can hydrate the same tree without fetching the article a second time.
export type PageData =
  | { kind: 'article'; path: string; article: Article }
  | { kind: 'list'; path: string; listPage: ArticleListPage }
  | { kind: 'collection'; path: string; collectionPage: CollectionPage }

// `<` is escaped so that no text in an article can close the script element or open a comment.
export function serialisePageData(data: PageData): string {
  return JSON.stringify(data).replace(/</g, '\\u003c')
}

// The data block was written by the prerender step from article JSON the content build had
// checked against the schema, and it arrives in the same document as the HTML made from it:
// checking it again would put zod in every page's first load. So only its envelope is checked,
// enough to tell a page's own block from something else; anything else is ignored, and the app
// then renders afresh and fetches what it needs, checked, as it would without a prerendered page.
export function readPageData(element: HTMLElement | null): PageData | null {
  const text = element?.textContent
  if (!text) return null
  try {
    const data: unknown = JSON.parse(text)
    return isPageData(data) ? data : null
  } catch {
    return null
  }
}

function isPageData(value: unknown): value is PageData {
  if (!isObject(value) || typeof value.path !== 'string') return false
  if (value.kind === 'article')
    return isObject(value.article) && typeof value.article.slug === 'string'
  if (value.kind === 'list')
    return isObject(value.listPage) && typeof value.listPage.page === 'number'
  if (value.kind === 'collection')
    return (
      isObject(value.collectionPage) &&
      typeof value.collectionPage.kind === 'string' &&
      typeof value.collectionPage.slug === 'string' &&
      typeof value.collectionPage.page === 'number'
    )
  return false
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null
