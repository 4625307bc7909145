import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { summarise } from '../summariser/summarise.ts'
import { buildSite } from './build-site.ts'
import { ContentBuildError, formatProblem, type ContentProblem } from './content-problem.ts'
import { writeOutputAtomically } from './write-output.ts'

export type ContentFolders = { content: string; out: string; scratch: string }
export const defaultFolders: ContentFolders = {
  content: 'content/articles',
  out: 'public/data',
  scratch: '.content-tmp',
}
export type ContentBuildReport = { articles: number; warnings: ContentProblem[] }

// The content build's I/O shell, for the command line and the dev watcher: read the Markdown
// files, build the site, swap the output in whole. Throws ContentBuildError with every problem.
export async function buildContentFolder(folders: ContentFolders): Promise<ContentBuildReport> {
  const files = await listMarkdown(folders.content)
  const sources = await Promise.all(
    files.map(async (file) => ({
      file: path.relative(process.cwd(), file),
      text: await readFile(file, 'utf8'),
    })),
  )
  const site = buildSite(sources, { summarise })
  if ('problems' in site) throw new ContentBuildError(site.problems)
  await writeOutputAtomically(folders.out, site.files, folders.scratch)
  return { articles: site.articles.length, warnings: site.warnings }
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
  { quiet = false }: { quiet?: boolean } = {},
): Promise<boolean> {
  const started = performance.now()
  try {
    const { articles, warnings } = await buildContentFolder(folders)
    for (const warning of warnings) console.warn(`warning: ${formatProblem(warning)}`)
    if (!quiet) {
      const seconds = ((performance.now() - started) / 1000).toFixed(2)
      console.log(`content: ${articles} articles -> ${folders.out} in ${seconds} s`)
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
