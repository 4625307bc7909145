import { buildContentFolder, type BuildOptions } from './build-content-folder.ts'
import type { ContentFolders } from './content-folders.ts'
import { ContentBuildError, formatProblem } from './content-problem.ts'
import { collectionNote, relatedNote } from './related-note.ts'

// Builds and tells the editor how it went: the command line's build (`npm run content`), which
// the dev watcher runs too.
export async function runContentBuild(
  folders: ContentFolders,
  options: BuildOptions = {},
): Promise<boolean> {
  const started = performance.now()
  try {
    const { articles, built, warnings, related, collection } = await buildContentFolder(
      folders,
      options,
    )
    for (const warning of warnings) console.warn(`warning: ${formatProblem(warning)}`)
    if (!options.quiet) {
      const seconds = ((performance.now() - started) / 1000).toFixed(2)
      console.log(
        `content: ${articles} articles (${built} built, ${articles - built} unchanged) -> ${folders.out} in ${seconds} s${relatedNote(related)}${collectionNote(collection)}`,
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
