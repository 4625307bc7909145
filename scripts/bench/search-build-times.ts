import path from 'node:path'
import { addRelated, termsOfArticle } from '../../src/content-build/add-related.ts'
import { mapLimited } from '../../src/content-build/map-limited.ts'
import { createTermTable, internTerms } from '../../src/content-build/term-table.ts'
import { readBuiltArticle } from '../read-built-article.ts'
import { readBuiltList } from '../read-built-list.ts'
import { writeSearchIndex } from '../search-index.ts'

export type SearchBuild = {
  articles: number
  relatedSeconds: number
  indexSeconds: number
  // Words of the corpus, for queries that are sure to find something.
  titles: string[]
}

const seconds = async (work: () => unknown) => {
  const started = performance.now()
  await work()
  return (performance.now() - started) / 1000
}

// Times the two collection-wide steps search and related reading add, on the built articles:
// related reading (the content build runs it over every article) and the search index (the
// site-files step writes it into the built site, where the browser half then searches it).
export async function timeSearchBuild(out: string): Promise<SearchBuild> {
  const dataDir = path.join(out, 'data')
  const readArticle = (slug: string) => readBuiltArticle(dataDir, slug)
  const items = await readBuiltList(dataDir)
  const articles = await mapLimited(items, 16, (item) => readArticle(item.slug))
  console.log(`bench: ${articles.length} articles: related reading`)
  // Each article's terms are counted when it is built (and cached), so they are not timed.
  const terms = articles.map(termsOfArticle)
  // Numbering the words is timed: a cold build numbers every article's.
  const relatedSeconds = await seconds(() => {
    const table = createTermTable()
    const numbered = terms.map((counted) => internTerms(table, counted))
    return addRelated(articles, (index) => numbered[index]!, table)
  })
  console.log(`bench: ${articles.length} articles: search index`)
  // As site-files writes it: reading each article in its turn is part of the time.
  const indexSeconds = await seconds(() => writeSearchIndex(items, readArticle, out))
  return {
    articles: articles.length,
    relatedSeconds,
    indexSeconds,
    titles: articles.slice(0, 200).map((article) => article.title),
  }
}
