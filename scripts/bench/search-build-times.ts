import path from 'node:path'
import type { Article } from '../../src/articles/article-schema.ts'
import { addRelated } from '../../src/content-build/add-related.ts'
import { readBuiltArticles } from '../read-built-articles.ts'
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
  const articles: Article[] = await readBuiltArticles(path.join(out, 'data'))
  console.log(`bench: ${articles.length} articles: related reading`)
  const relatedSeconds = await seconds(() => addRelated(articles))
  console.log(`bench: ${articles.length} articles: search index`)
  const indexSeconds = await seconds(() => writeSearchIndex(articles, out))
  return {
    articles: articles.length,
    relatedSeconds,
    indexSeconds,
    titles: articles.slice(0, 200).map((article) => article.title),
  }
}
