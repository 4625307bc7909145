import type { Article, ArticleRef } from '../articles/article-schema.ts'
import { nameSlug } from '../lib/name-slug.ts'
import { tokenise } from '../summariser/tokenise.ts'
import type { ArticleHead } from './article-parts.ts'
import { articleText } from './article-text.ts'
import { relateCollection, type CollectionTerms } from './relate-collection.ts'
import { termOrder } from './term-order.ts'
import { encodeTermCounts } from './term-counts.ts'
import type { TermIds, TermTable } from './term-table.ts'

export const RELATED_MIN = 3
export const RELATED_MAX = 5
export const MORE_BY_AUTHOR = 3

export const refOf = (article: Pick<ArticleHead, 'slug' | 'title'>): ArticleRef => ({
  slug: article.slug,
  title: article.title,
})

// An editor's topics say what an article is about as much as any three of its words do. A
// topic's term starts with "#", which no word does, so it never shares an id with a word.
const TOPIC_WEIGHT = 3

// What the article build counts for each article (article-steps/count-terms.ts), for articles
// read back whole, as the bench reads them.
export const termsOfArticle = (article: Article): string =>
  encodeTermCounts(tokenise(articleText(article), article.lang))

/**
 * Related reading and more from the same author, for articles in reading order (see
 * withRelated). Each article's counted terms come numbered by `table` (term-table.ts), which
 * numbers the topics' terms too.
 */
export function addRelated<Head extends ArticleHead>(
  articles: readonly Head[],
  termsAt: (index: number) => TermIds,
  table: TermTable,
): Head[] {
  return withRelated(articles, relateCollection(collectionTerms(articles, termsAt, table)).lists)
}

/**
 * Each article with its related reading and more from its author. Related articles are the most
 * similar by text (`similar`, related-reading.ts); where fewer than three share distinctive
 * words, the newest articles on a shared topic, then the newest of all, make up the three.
 */
export function withRelated<Head extends ArticleHead>(
  articles: readonly Head[],
  similar: readonly (readonly number[])[],
): Head[] {
  const slugOf = slugMaker()
  const byTopic = new Map<string, number[]>()
  const byAuthor = new Map<string, number[]>()
  const push = (map: Map<string, number[]>, key: string, index: number) => {
    const list = map.get(key)
    if (list) list.push(index)
    else map.set(key, [index])
  }
  articles.forEach((article, index) => {
    for (const tag of new Set(article.tags.map(slugOf))) push(byTopic, tag, index)
    if (article.author) push(byAuthor, slugOf(article.author), index)
  })

  return articles.map((article, index) => {
    const topicLists = article.tags.map((tag) => byTopic.get(slugOf(tag)) ?? [])
    const chosen = relatedIndices(index, similar[index] ?? [], topicLists)
    const moreByAuthor: ArticleRef[] = []
    const sameAuthor = article.author ? (byAuthor.get(slugOf(article.author)) ?? []) : []
    for (let at = 0; at < sameAuthor.length && moreByAuthor.length < MORE_BY_AUTHOR; at++) {
      const other = sameAuthor[at]!
      if (other !== index && articles[other]) moreByAuthor.push(refOf(articles[other]))
    }
    const related = chosen.flatMap((other) => (articles[other] ? [refOf(articles[other])] : []))
    return withRelatedHead(article, related, moreByAuthor)
  })
}

// How many of a topic's newest articles may make up an article's related reading: a rebuild in
// place (rebuild-in-place.ts) keeps only these of each topic.
export const TOPIC_FILL = 8

/**
 * The articles an article's related reading names, by their places in reading order: the
 * similar ones, then the newest on each of its topics (`topicLists`, one list for each of its
 * tags, as it names them, each newest first), then the newest of all, until there are three.
 * A place may lie past the end of a collection of fewer than four articles.
 */
export function relatedIndices(
  index: number,
  similar: readonly number[],
  topicLists: readonly (readonly number[])[],
): number[] {
  const chosen = [...similar]
  const fill = (candidates: readonly number[], upTo: number) => {
    for (let at = 0; at < upTo && at < candidates.length; at++) {
      if (chosen.length >= RELATED_MIN) return
      const other = candidates[at]!
      if (other !== index && !chosen.includes(other)) chosen.push(other)
    }
  }
  for (const list of topicLists) fill(list, TOPIC_FILL)
  fill(NEWEST, NEWEST.length)
  return chosen
}

// The head with its related reading and more from its author, made one way wherever it is made,
// so its file's key (article-output.ts) is the same for the same head.
export function withRelatedHead<Head extends ArticleHead>(
  article: Head,
  related: ArticleRef[],
  moreByAuthor: ArticleRef[],
): Head {
  return { ...article, related, moreByAuthor }
}

const NEWEST = [0, 1, 2, 3]

// A few hundred names among 100,000 articles: each made a slug once.
function slugMaker(): (name: string) => string {
  const slugs = new Map<string, string>()
  return (name) => {
    let slug = slugs.get(name)
    if (slug === undefined) slugs.set(name, (slug = nameSlug(name)))
    return slug
  }
}

/**
 * What related reading reads of the articles: each one's counted terms, and its topics' terms,
 * each topic once with its weight for every time the article names it, in the order the article
 * first names them.
 */
export function collectionTerms(
  articles: readonly ArticleHead[],
  termsAt: (index: number) => TermIds,
  table: TermTable,
): CollectionTerms {
  const slugOf = slugMaker()
  const ids = new Map<string, number>()
  const topicId = (tag: string) => {
    const slug = slugOf(tag)
    let id = ids.get(slug)
    if (id === undefined) ids.set(slug, (id = table.idOf(`#${slug}`)))
    return id
  }
  const topicsOf = (index: number): TermIds => {
    const tags = articles[index]!.tags
    const list: number[] = []
    const times: number[] = []
    for (const tag of tags) {
      const id = topicId(tag)
      const at = list.indexOf(id)
      if (at === -1) {
        list.push(id)
        times.push(TOPIC_WEIGHT)
      } else {
        times[at]! += TOPIC_WEIGHT
      }
    }
    return { ids: Uint32Array.from(list), counts: Uint32Array.from(times) }
  }
  return { total: articles.length, wordsOf: termsAt, topicsOf, order: () => termOrder(table) }
}
