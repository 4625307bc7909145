import { existsSync } from 'node:fs'
import path from 'node:path'
import { defaultCacheDir, openArticleCache, type ArticleCache } from './article-cache.ts'
import { articleFileCodeHash, buildCodeHash, collectionCodeHash } from './build-code-hash.ts'
import { readRecord, recordFile } from './collection-record.ts'
import { imageFoldersOf, type ContentFolders } from './content-folders.ts'
import type { ContentProblem } from './content-problem.ts'
import { outputKeysFile } from './output-changes.ts'
import { startBuildWorker } from './build-in-parallel.ts'
import { rebuildInPlace } from './rebuild-in-place.ts'
import type { RelatedRun } from './relate-collection.ts'

export type BuildOptions = { quiet?: boolean; threads?: number }
export type ContentBuildReport = {
  articles: number
  built: number
  warnings: ContentProblem[]
  // How related reading was worked out: from the last build's, or whole (relate-collection.ts).
  related: RelatedRun | null
  // How the collection was built: in place, from the last build's record (rebuild-in-place.ts),
  // or whole, and why it could not be built in place.
  collection: { how: 'in place' } | { how: 'whole'; why: string }
}

// The content build's I/O shell, for the command line and the dev watcher: read the Markdown
// files, build the site, put the output in place. An edit that leaves the collection as it was
// laid out is rebuilt in place (rebuild-in-place.ts), from the record the last build left of
// it; anything else builds the collection whole (build-whole.ts), loaded only then, as most of
// the build's code is. Throws ContentBuildError with every problem.
export async function buildContentFolder(
  folders: ContentFolders,
  options: BuildOptions = {},
): Promise<ContentBuildReport> {
  const cacheDir = folders.cache ?? defaultCacheDir
  const manifest = outputKeysFile(cacheDir, folders.out)
  const kept = recordFile(manifest)
  // Loading the code that builds an article takes longer than finding what changed, so when
  // the build may be in place, a thread loads it meanwhile, to build the edited articles; it is
  // let go unused when none needs building.
  const builder = existsSync(kept) ? startBuildWorker() : null
  let why = 'there is no record of the last build'
  const cache = buildCodeHash().then((code) => openArticleCache(cacheDir, code))
  const fileCode = articleFileCodeHash()
  const basis = Promise.all([cache, fileCode]).then(([opened, code]) =>
    recordBasis(opened, folders, code),
  )
  try {
    const record = builder && readRecord(kept, await basis)
    if (builder && !record) why = "the last build's record is of other code or other folders"
    if (record) {
      const run = {
        folders,
        cache: await cache,
        record,
        recordFile: kept,
        manifest,
        fileCode: await fileCode,
        builder,
      }
      const done = await rebuildInPlace(run)
      if (typeof done !== 'string') {
        const { articles, built, warnings, related } = done
        return { articles, built, warnings, related, collection: { how: 'in place' } }
      }
      why = done
    }
  } finally {
    await builder?.terminate()
  }
  const { buildWhole } = await import('./build-whole.ts')
  const report = await buildWhole(
    {
      folders,
      cache: await cache,
      manifest,
      recordFile: kept,
      fileCode: await fileCode,
      basis: await basis,
    },
    options,
  )
  return { ...report, collection: { how: 'whole', why } }
}

// What a record made now stands for: the article code (the cache's folder), all of the
// collection's code, the folders, and where the build runs from (the sources' paths are
// relative to it).
async function recordBasis(
  cache: ArticleCache,
  folders: ContentFolders,
  fileCode: string,
): Promise<string> {
  const images = folders.images ?? imageFoldersOf(folders)
  return JSON.stringify([
    cache.folder,
    await collectionCodeHash(),
    fileCode,
    process.cwd(),
    path.resolve(folders.content),
    path.resolve(folders.out),
    path.resolve(images.out),
  ])
}
