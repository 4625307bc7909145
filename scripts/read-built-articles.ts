import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { ArticleSchema, type Article } from '../src/articles/article-schema.ts'
import { ArticleListPageSchema } from '../src/articles/list-schemas.ts'

// The built articles, in reading order: the list's order, so it is read from the list pages.
export async function readBuiltArticles(dataDir: string): Promise<Article[]> {
  const listDir = path.join(dataDir, 'list')
  const pages = await Promise.all(
    (await readdir(listDir)).map(async (name) =>
      ArticleListPageSchema.parse(JSON.parse(await readFile(path.join(listDir, name), 'utf8'))),
    ),
  )
  const slugs = pages
    .sort((a, b) => a.page - b.page)
    .flatMap((page) => page.articles.map((a) => a.slug))
  const articles: Article[] = []
  for (const slug of slugs) {
    const text = await readFile(path.join(dataDir, 'articles', `${slug}.json`), 'utf8')
    articles.push(ArticleSchema.parse(JSON.parse(text)))
  }
  return articles
}
