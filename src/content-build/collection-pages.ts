import {
  TopicIndexSchema,
  type CollectionKind,
  type CollectionPage,
  type TopicIndex,
} from '../articles/list-schemas.ts'
import { nameSlug } from '../lib/name-slug.ts'
import { collectionPath } from '../lib/collection-path.ts'
import type { ArticleHead } from './article-parts.ts'
import { listItem } from './list-item.ts'
import type { Group } from './site-draft.ts'
import { LIST_PAGE_SIZE } from './site-steps/paginate-list.ts'

export type { Group } from './site-draft.ts'

// Articles come in reading order (newest first), so each group is too, and a group's name is
// spelled as its newest article spells it.
// Generic over what the caller holds, so the site files group the list's small items exactly as
// the content build groups the articles' heads.
export function groupArticles<Item extends Pick<ArticleHead, 'tags' | 'author'>>(
  articles: readonly Item[],
): (Omit<Group, 'articles'> & { articles: Item[] })[] {
  type ItemGroup = Omit<Group, 'articles'> & { articles: Item[] }
  const groups = new Map<string, ItemGroup>()
  // A few hundred names spelled the same way in 100,000 articles: each spelling is made an
  // address and found among the groups once, then looked up by itself.
  const bySpelling = {
    topic: new Map<string, ItemGroup | null>(),
    author: new Map<string, ItemGroup | null>(),
  }
  const groupOf = (kind: CollectionKind, name: string): ItemGroup | null => {
    const slug = nameSlug(name)
    if (!slug) return null
    const key = `${kind}:${slug}`
    let group = groups.get(key)
    if (!group) {
      group = { kind, slug, name: name.trim(), articles: [] }
      groups.set(key, group)
    }
    return group
  }
  const add = (kind: CollectionKind, name: string, article: Item) => {
    const spellings = bySpelling[kind]
    let group = spellings.get(name)
    if (group === undefined) {
      group = groupOf(kind, name)
      spellings.set(name, group)
    }
    if (group && group.articles.at(-1) !== article) group.articles.push(article)
  }
  for (const article of articles) {
    for (const tag of article.tags) add('topic', tag, article)
    if (article.author) add('author', article.author, article)
  }
  return [...groups.values()].sort(
    (a, b) => a.kind.localeCompare(b.kind) || a.slug.localeCompare(b.slug, 'en'),
  )
}

// The pages of each group, not parsed: their items are the heads' own (list-item.ts), so each
// page is checked by CollectionPageSchema only when it is written (write-collection-pages.ts).
export function collectionPages(groups: readonly Group[]): CollectionPage[] {
  const pages: CollectionPage[] = []
  for (const { kind, slug, name, articles } of groups) {
    const total = articles.length
    const pageCount = Math.max(1, Math.ceil(total / LIST_PAGE_SIZE))
    for (let index = 0; index < pageCount; index += 1) {
      const items = articles.slice(index * LIST_PAGE_SIZE, (index + 1) * LIST_PAGE_SIZE)
      pages.push({
        kind,
        slug,
        name,
        page: index + 1,
        pageCount,
        total,
        articles: items.map(listItem),
      })
    }
  }
  return pages
}

// Largest topics first, then by name, so the search page can offer the few that matter most.
export function topicIndex(groups: readonly Group[]): TopicIndex {
  return TopicIndexSchema.parse(
    groups
      .filter((group) => group.kind === 'topic')
      .map(({ slug, name, articles }) => ({ slug, name, count: articles.length }))
      .sort((a, b) => b.count - a.count || a.slug.localeCompare(b.slug, 'en')),
  )
}

export const collectionFile = (page: Pick<CollectionPage, 'kind' | 'slug' | 'page'>) =>
  `${page.kind === 'topic' ? 'topics' : 'authors'}/${page.slug}/${page.page}.json`

export const collectionPagePath = (group: Pick<Group, 'kind' | 'slug'>, page: number) =>
  collectionPath(group.kind, group.slug, page)
