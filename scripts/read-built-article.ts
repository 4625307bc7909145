import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { ArticleSchema, type Article } from '../src/articles/article-schema.ts'

/** One built article, checked by the schema the reader checks it with. */
export async function readBuiltArticle(dataDir: string, slug: string): Promise<Article> {
  const text = await readFile(path.join(dataDir, 'articles', `${slug}.json`), 'utf8')
  return ArticleSchema.parse(JSON.parse(text))
}
