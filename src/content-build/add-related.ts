import type { Article, ArticleRef } from '../articles/article-schema.ts'
import { nameSlug } from '../lib/name-slug.ts'
import { tokenise } from '../summariser/tokenise.ts'
import type { ArticleHead } from './article-parts.ts'
import { articleText } from './article-text.ts'
import { similarDocuments } from './related-reading.ts'
import { encodeTermCounts } from './term-counts.ts'
import { appendTerms, type TermIds, type TermTable } from './term-table.ts'

export const RELATED_MIN = 3
export const RELATED_MAX = 5
export const MORE_BY_AUTHOR = 3

const refOf = (article: ArticleHead): ArticleRef => ({ slug: article.slug, title: article.title })

// An editor's topics say what an article is about as much as any three of its words do. A
// topic's term starts with "#", which no word does.
const TOPIC_WEIGHT = 3
function topicTerms(table: TermTable, tags: readonly string[]): Map<number, number> {
  const topics = new Map<number, number>()
  for (const tag of tags) {
    const id = table.idOf(`#${nameSlug(tag)}`)
    topics.set(id, (topics.get(id) ?? 0) + TOPIC_WEIGHT)
  }
  return topics
}

// What the article build counts for each article (article-steps/count-terms.ts), for articles
// read back whole, as the bench reads them.
export const termsOfArticle = (article: Article): string =>
  encodeTermCounts(tokenise(articleText(article), article.lang))

/**
 * Related reading and more from the same author, for articles in reading order. Related
 * articles are the most similar by text; where fewer than three share distinctive words, the
 * newest articles on a shared topic, then the newest of all, make up the three.
 *
 * Each article's counted terms come numbered by `table` (term-table.ts), which numbers the
 * topics' terms too.
 */
export function addRelated<Head extends ArticleHead>(
  articles: readonly Head[],
  termsAt: (index: number) => TermIds,
  table: TermTable,
): Head[] {
  const similar = similarDocuments(
    articles.map((article, index) => appendTerms(termsAt(index), topicTerms(table, article.tags))),
    { count: RELATED_MAX },
  )
  const byTopic = new Map<string, number[]>()
  const byAuthor = new Map<string, number[]>()
  const push = (map: Map<string, number[]>, key: string, index: number) => {
    const list = map.get(key)
    if (list) list.push(index)
    else map.set(key, [index])
  }
  articles.forEach((article, index) => {
    for (const tag of new Set(article.tags.map(nameSlug))) push(byTopic, tag, index)
    if (article.author) push(byAuthor, nameSlug(article.author), index)
  })

  return articles.map((article, index) => {
    const chosen = new Set(similar[index])
    const fill = (candidates: readonly number[]) => {
      for (const other of candidates) {
        if (chosen.size >= RELATED_MIN) return
        if (other !== index) chosen.add(other)
      }
    }
    for (const tag of article.tags) fill((byTopic.get(nameSlug(tag)) ?? []).slice(0, 8))
    fill([0, 1, 2, 3])
    const sameAuthor = article.author ? (byAuthor.get(nameSlug(article.author)) ?? []) : []
    return {
      ...article,
      related: [...chosen].flatMap((other) => (articles[other] ? [refOf(articles[other])] : [])),
      moreByAuthor: sameAuthor
        .filter((other) => other !== index)
        .slice(0, MORE_BY_AUTHOR)
        .flatMap((other) => (articles[other] ? [refOf(articles[other])] : [])),
    }
  })
}
