import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { summarise } from '../summariser/summarise.ts'
import { defaultCacheDir, openArticleCache, type ArticleCache } from './article-cache.ts'
import { articleFileName, joinArticle, type BuiltHead, type DraftHead } from './article-parts.ts'
import { buildArticle, type SourceFile } from './build-article.ts'
import { buildCodeHash } from './build-code-hash.ts'
import { buildInParallel } from './build-in-parallel.ts'
import { buildSiteFromHeads } from './build-site.ts'
import type { ImageRef } from './image-reference.ts'
import { makeImageFiles, type ImageFolders } from './image-files.ts'
import { startProgress } from './progress.ts'
import { ContentBuildError, formatProblem, type ContentProblem } from './content-problem.ts'
import { writeOutputAtomically, type OutputFile } from './write-output.ts'

export type ContentFolders = {
  content: string
  out: string
  scratch: string
  cache?: string
  images?: ImageFolders
}
export type BuildOptions = { quiet?: boolean; threads?: number }
export const defaultFolders: ContentFolders = {
  content: 'content/articles',
  out: 'public/data',
  scratch: '.content-tmp',
  cache: defaultCacheDir,
}
export type ContentBuildReport = { articles: number; built: number; warnings: ContentProblem[] }

// The content build's I/O shell, for the command line and the dev watcher: read the Markdown
// files, build the site, swap the output in whole. Throws ContentBuildError with every problem.
// Memory holds every article's head (article-parts.ts) and never every article: each body is
// read back from the cache when its file is written, and not at all when the file is unchanged.
export async function buildContentFolder(
  folders: ContentFolders,
  options: BuildOptions = {},
): Promise<ContentBuildReport> {
  const cacheDir = folders.cache ?? defaultCacheDir
  const cache = await openArticleCache(cacheDir, await buildCodeHash())
  const paths = await listMarkdown(folders.content)
  const files = paths.map((file) => path.relative(process.cwd(), file))
  // Read on the main thread, as the cache is (article-cache.ts says why).
  const read = (index: number): SourceFile => ({
    file: files[index] as string,
    text: readFileSync(paths[index] as string, 'utf8'),
  })
  const keys = files.map((_, index) => cache.keyOf(read(index)))
  const { heads, built } = await buildArticles(keys, read, cache, options)
  // Each image once for the whole site, however many articles show it.
  const imageSources = heads.flatMap((result) =>
    'head' in result ? result.head.imageRefs.map((ref) => ref.source) : [],
  )
  const { images } = await makeImageFiles(imageSources, folders.images ?? imageFoldersOf(folders))
  const drafts = new Map<string, { key: string; imageRefs: ImageRef[] }>()
  heads.forEach((result, index) => {
    if ('head' in result) {
      drafts.set(result.head.slug, { key: keys[index] as string, imageRefs: result.head.imageRefs })
    }
  })
  const termsOf = (draft: DraftHead) => {
    const entry = drafts.get(draft.slug)
    return entry ? cache.terms(entry.key) : ''
  }
  const results = heads.map((result, index) => ({ file: files[index] as string, built: result }))
  const site = buildSiteFromHeads(results, undefined, images, termsOf)
  if ('problems' in site) throw new ContentBuildError(site.problems)

  const output = new Map<string, OutputFile>(site.files)
  for (const head of site.articles) {
    const draft = drafts.get(head.slug)
    if (!draft) throw new Error(`no cached article for ${head.slug}`)
    // All an article's file is made from: its cached build, what the collection gave its head,
    // and the files made of its images.
    const outcomes = draft.imageRefs.map((ref) => images.get(ref.source) ?? null)
    output.set(articleFileName(head.slug), {
      key: createHash('sha256')
        .update(draft.key)
        .update(JSON.stringify(head))
        .update(JSON.stringify(outcomes))
        .digest('hex'),
      make: () => JSON.stringify(joinArticle(head, cache.body(draft.key), images)),
    })
  }
  await writeOutputAtomically(folders.out, output, folders.scratch, {
    manifest: outputKeysFile(cacheDir, folders.out),
  })
  return { articles: site.articles.length, built, warnings: site.warnings }
}

// Each article's head from the cache when its file and the build's code are unchanged; the
// rest are built, on every core when there are many, cached, and kept as their heads.
async function buildArticles(
  keys: string[],
  read: (index: number) => SourceFile,
  cache: ArticleCache,
  options: BuildOptions,
): Promise<{ heads: BuiltHead[]; built: number }> {
  const cached = keys.map((key) => withoutTerms(cache.get(key)))
  const missing = cached.flatMap((entry, index) => (entry === undefined ? [index] : []))
  const progress = startProgress({ label: 'content', total: options.quiet ? 0 : missing.length })
  let done = 0
  await buildInParallel(
    missing.length,
    (at) => Promise.resolve(read(missing[at] as number)),
    (source) => buildArticle(source, summarise),
    (at, result) => {
      const index = missing[at] as number
      cached[index] = withoutTerms(cache.set(keys[index] as string, result))
      progress.update(++done)
    },
    options.threads,
  )
  progress.finish()
  return { heads: cached as BuiltHead[], built: missing.length }
}

// A head's counted terms are most of its size: they are read again from the cache when related
// reading weighs them (ArticleCache.terms), so 100,000 heads are held without them.
function withoutTerms(built: BuiltHead | undefined): BuiltHead | undefined {
  return built && 'head' in built ? { head: { ...built.head, terms: '' } } : built
}

// The keys of the article files last written into an output folder (write-output.ts), beside the
// articles' cache and named by the folder, so two output folders never share them.
function outputKeysFile(cacheDir: string, outDir: string): string {
  const name = createHash('sha256').update(path.resolve(outDir)).digest('hex').slice(0, 16)
  return path.join(path.dirname(cacheDir), 'lede-content-outputs', `${name}.json`)
}

// Image files go beside the data (public/images for public/data), and their cache beside the
// articles' cache, so a build into another folder never touches the default ones.
function imageFoldersOf(folders: ContentFolders): ImageFolders {
  return {
    out: path.join(path.dirname(folders.out), 'images'),
    cache: path.join(path.dirname(folders.cache ?? defaultCacheDir), 'lede-images'),
  }
}

async function listMarkdown(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort()
}

// Builds and tells the editor how it went, as the command line and the dev watcher both do.
export async function runContentBuild(
  folders: ContentFolders,
  options: BuildOptions = {},
): Promise<boolean> {
  const started = performance.now()
  try {
    const { articles, built, warnings } = await buildContentFolder(folders, options)
    for (const warning of warnings) console.warn(`warning: ${formatProblem(warning)}`)
    if (!options.quiet) {
      const seconds = ((performance.now() - started) / 1000).toFixed(2)
      console.log(
        `content: ${articles} articles (${built} built, ${articles - built} unchanged) -> ${folders.out} in ${seconds} s`,
      )
    }
    return true
  } catch (error: unknown) {
    if (!(error instanceof ContentBuildError)) throw error
    console.error(error.message)
    const count = error.problems.length
    console.error(
      `content build failed: ${count} problem${count === 1 ? '' : 's'}; the previous output is unchanged`,
    )
    return false
  }
}
