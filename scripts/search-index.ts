import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import * as pagefind from 'pagefind'
import type { Article } from '../src/articles/article-schema.ts'
import { readAhead } from '../src/content-build/read-ahead.ts'
import { searchLanguages, searchRecord } from '../src/content-build/search-records.ts'
import { countSearchWords } from '../src/content-build/search-words.ts'

// Enough articles read ahead to keep the disk and the parser busy while Pagefind indexes one;
// few enough that memory does not grow with the site.
const READ_AHEAD = 16

// One Pagefind bundle per language, in /pagefind/<lang>/: each has only its language's pages, so
// Pagefind loads that language's stemmer and index whatever the page's own language is. Beside
// it, words.json: the language's words, which a search that finds nothing is corrected to.
// Articles come as list items, in reading order; each is read whole in its turn, added and let
// go. They are added one at a time in that order, so the bundle is the same from run to run.
export async function writeSearchIndex(
  articles: readonly Pick<Article, 'slug' | 'lang'>[],
  readArticle: (slug: string) => Promise<Article>,
  outDir: string,
): Promise<{ languages: { lang: string; count: number }[] }> {
  const languages = searchLanguages(articles)
  try {
    for (const { lang } of languages) {
      const { index, errors } = await pagefind.createIndex({})
      if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
      const ofLanguage = articles.filter((article) => article.lang.toLowerCase() === lang)
      const words = countSearchWords()
      for await (const article of readAhead(ofLanguage, READ_AHEAD, (item) =>
        readArticle(item.slug),
      )) {
        const record = searchRecord(article)
        const added = await index.addHTMLFile({ url: record.url, content: record.html })
        if (added.errors.length) throw new Error(`${record.url}: ${added.errors.join('; ')}`)
        words.add(article)
      }
      const bundle = path.join(outDir, 'pagefind', lang)
      const written = await index.writeFiles({ outputPath: bundle })
      if (written.errors.length) throw new Error(written.errors.join('; '))
      await writeFile(path.join(bundle, 'words.json'), JSON.stringify(words.words()))
      await index.deleteIndex()
    }
  } finally {
    await pagefind.close()
  }
  await writeFile(path.join(outDir, 'pagefind', 'languages.json'), JSON.stringify(languages))
  return { languages }
}
