import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import {
  buildArticle,
  slugFromFile,
  type DraftArticle,
} from '../src/content-build/build-article.ts'
import { buildCollection, type FailedFile } from '../src/content-build/build-collection.ts'
import {
  ContentBuildError,
  formatProblem,
  type ContentProblem,
} from '../src/content-build/content-problem.ts'
import { summarise } from '../src/summariser/summarise.ts'
import { writeOutputAtomically } from '../src/content-build/write-output.ts'
import { addRelated } from '../src/content-build/add-related.ts'
import {
  collectionFile,
  collectionPages,
  groupArticles,
  topicIndex,
} from '../src/content-build/collection-pages.ts'

const { values } = parseArgs({
  options: {
    content: { type: 'string', default: 'content/articles' },
    out: { type: 'string', default: 'public/data' },
    scratch: { type: 'string', default: '.content-tmp' },
    quiet: { type: 'boolean', default: false },
  },
})

async function listMarkdown(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort()
}

async function main(): Promise<void> {
  const started = performance.now()
  const files = await listMarkdown(values.content)
  const problems: ContentProblem[] = []
  const drafts: DraftArticle[] = []
  const failed: FailedFile[] = []
  for (const file of files) {
    const text = await readFile(file, 'utf8')
    const relative = path.relative(process.cwd(), file)
    const result = buildArticle({ file: relative, text }, summarise)
    if ('problems' in result) {
      problems.push(...result.problems)
      failed.push({
        file: relative,
        slug: slugFromFile(relative),
        articleLinks: result.articleLinks,
      })
    } else {
      drafts.push(result.draft)
    }
  }

  // Collection problems (duplicate slugs, links to nowhere) are reported in the same run as
  // the problems of single files, so one build shows every problem.
  const collection = buildCollection(drafts, failed)
  if ('problems' in collection) problems.push(...collection.problems)
  if (problems.length || 'problems' in collection) throw new ContentBuildError(problems)
  for (const warning of collection.warnings) console.warn(`warning: ${formatProblem(warning)}`)

  const output = new Map<string, string>()
  const articles = addRelated(collection.articles)
  for (const article of articles) {
    output.set(`articles/${article.slug}.json`, JSON.stringify(article))
  }
  for (const page of collection.listPages)
    output.set(`list/${page.page}.json`, JSON.stringify(page))
  const groups = groupArticles(articles)
  for (const page of collectionPages(groups)) output.set(collectionFile(page), JSON.stringify(page))
  output.set('topics.json', JSON.stringify(topicIndex(groups)))
  await writeOutputAtomically(values.out, output, values.scratch)

  if (!values.quiet) {
    const seconds = ((performance.now() - started) / 1000).toFixed(2)
    console.log(`content: ${collection.articles.length} articles -> ${values.out} in ${seconds} s`)
  }
}

main().catch((error: unknown) => {
  if (error instanceof ContentBuildError) {
    console.error(error.message)
    const count = error.problems.length
    console.error(
      `content build failed: ${count} problem${count === 1 ? '' : 's'}; the previous output is unchanged`,
    )
  } else {
    console.error(error)
  }
  process.exitCode = 1
})
