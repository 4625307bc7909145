import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { summarise } from '../summariser/summarise.ts'
import { defaultCacheDir, openArticleCache } from './article-cache.ts'
import { buildArticle, type BuiltArticle, type SourceFile } from './build-article.ts'
import { buildCodeHash } from './build-code-hash.ts'
import { buildInParallel } from './build-in-parallel.ts'
import { buildSiteFromArticles } from './build-site.ts'
import { makeImageFiles, type ImageFolders } from './image-files.ts'
import { mapLimited } from './map-limited.ts'
import { startProgress } from './progress.ts'
import { ContentBuildError, formatProblem, type ContentProblem } from './content-problem.ts'
import { writeOutputAtomically } from './write-output.ts'

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
export async function buildContentFolder(
  folders: ContentFolders,
  options: BuildOptions = {},
): Promise<ContentBuildReport> {
  const files = await listMarkdown(folders.content)
  const sources = await mapLimited(files, 64, async (file) => ({
    file: path.relative(process.cwd(), file),
    text: await readFile(file, 'utf8'),
  }))
  const { results, built } = await buildArticles(sources, folders.cache ?? defaultCacheDir, options)
  // Each image once for the whole site, however many articles show it.
  const imageSources = results.flatMap(({ built }) =>
    'draft' in built ? built.draft.imageRefs.map((ref) => ref.source) : [],
  )
  const { images } = await makeImageFiles(imageSources, folders.images ?? imageFoldersOf(folders))
  const site = buildSiteFromArticles(results, undefined, images)
  if ('problems' in site) throw new ContentBuildError(site.problems)
  await writeOutputAtomically(folders.out, site.files, folders.scratch)
  return { articles: site.articles.length, built, warnings: site.warnings }
}

// Each article from the cache when its file and the build's code are unchanged; the rest are
// built, on every core when there are many, and cached for the next run.
async function buildArticles(sources: SourceFile[], cacheDir: string, options: BuildOptions) {
  const cache = await openArticleCache(cacheDir, await buildCodeHash())
  const cached = await mapLimited(sources, 64, (source) => cache.get(source))
  const missing = sources.filter((_, index) => cached[index] === undefined)
  const progress = startProgress({ label: 'content', total: options.quiet ? 0 : missing.length })
  const fresh = await buildInParallel(
    missing,
    (source) => buildArticle(source, summarise),
    progress.update,
    options.threads,
  )
  progress.finish()
  await mapLimited(missing, 64, (source, index) => cache.set(source, fresh[index] as BuiltArticle))
  let next = 0
  const results = sources.map((source, index) => ({
    file: source.file,
    built: cached[index] ?? (fresh[next++] as BuiltArticle),
  }))
  return { results, built: missing.length }
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
