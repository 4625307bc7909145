import path from 'node:path'
import { summarise } from '../summariser/summarise.ts'
import type { ArticleCache } from './article-cache.ts'
import { articleFileName, cacheEntryOf, type BuiltHead, type DraftHead } from './article-parts.ts'
import { articleOutput, type ArticleDraftRef } from './article-output.ts'
import { shapeOf } from './article-shape.ts'
import { buildArticle } from './build-article.ts'
import { relatedCodeHash } from './build-code-hash.ts'
import type { BuildOptions, ContentBuildReport } from './build-content-folder.ts'
import type { Collection } from './build-collection.ts'
import { buildInParallel } from './build-in-parallel.ts'
import { buildSiteFromHeads } from './build-site.ts'
import { dropRecord, recordOf, writeRecord } from './collection-record.ts'
import { imageFoldersOf, type ContentFolders } from './content-folders.ts'
import { ContentBuildError } from './content-problem.ts'
import { findSources, type Sources } from './find-sources.ts'
import type { ImageOutcome } from './image-outcome.ts'
import { makeImageFiles } from './image-files.ts'
import { startProgress } from './progress.ts'
import { readRelatedMemory, relatedMemoryFile, writeRelatedMemory } from './related-memory-file.ts'
import type { SiteTerms } from './site-draft.ts'
import { writeSourceIndex } from './source-index.ts'
import { openTermStore, type TermStore } from './term-store.ts'
import { writeOutputAtomically, type OutputFile } from './write-output.ts'

// The whole content build: every article's head from the sources' index or the cache, the rest
// built on every core; the collection through the site steps; the output swapped in or changed
// in place by its keys (write-output.ts); and the record a rebuild in place starts from
// (collection-record.ts). Memory holds every article's head (article-parts.ts) and never every
// article: each body is read back from the cache when its file is written, and not at all when
// the file is unchanged.
export type WholeRun = {
  folders: ContentFolders
  cache: ArticleCache
  manifest: string
  recordFile: string
  fileCode: string
  basis: string
}

export async function buildWhole(
  { folders, cache, manifest, recordFile: kept, fileCode, basis }: WholeRun,
  options: BuildOptions,
): Promise<Omit<ContentBuildReport, 'collection'>> {
  const sources = await findSources(folders.content, cache)
  const terms = openTermStore(path.join(cache.folder, 'terms'))
  let collected: Collected
  try {
    // Before anything the record describes changes (related reading's memory, the output), so
    // a build stopped midway leaves none; a build that fails changes neither, and keeps it.
    collected = await collect(folders, sources, cache, terms, options, () => dropRecord(kept))
  } finally {
    terms.close()
  }
  const { site, drafts, images, built } = collected
  const output = new Map<string, OutputFile>(site.files)
  for (const head of site.articles) {
    const draft = drafts.get(head.slug)
    if (!draft) throw new Error(`no cached article for ${head.slug}`)
    output.set(articleFileName(head.slug), articleOutput(draft, head, fileCode, cache, images))
  }
  await writeOutputAtomically(folders.out, output, folders.scratch, { manifest })
  writeRecord(
    kept,
    recordOf({
      basis,
      listing: sources.listing,
      articles: site.articles,
      groups: site.groups,
      listPages: site.listPages,
      sourceOf: (slug) => drafts.get(slug) as DraftSource,
      images,
      warnings: site.warnings,
    }),
  )
  return {
    articles: site.articles.length,
    built,
    warnings: site.warnings,
    related: site.relatedHow,
  }
}

// A built article as the output and the record need it.
type DraftSource = ArticleDraftRef & { file: string; stamp: string; shape: string }

type Collected = {
  site: Collection
  drafts: Map<string, DraftSource>
  images: Map<string, ImageOutcome>
  built: number
}

// The articles built or found, their images made, and the collection from their heads. The
// sources' index is written whether or not the collection has problems: the files were read
// and built either way, and the next run starts from them.
async function collect(
  folders: ContentFolders,
  sources: Sources,
  cache: ArticleCache,
  terms: TermStore,
  options: BuildOptions,
  beforeWriting: () => void,
): Promise<Collected> {
  const { files, stamps, keys } = sources
  const { heads, built } = await buildArticles(sources, cache, terms, options)
  if (!sources.indexCurrent) {
    writeSourceIndex(
      sources.indexFile,
      new Map(
        files.map((file, at) => [
          file,
          { stamp: stamps[at] as string, key: keys[at] as string, built: heads[at] as BuiltHead },
        ]),
      ),
    )
  }
  // Each image once for the whole site, however many articles show it.
  const imageSources = heads.flatMap((result) =>
    'head' in result ? result.head.imageRefs.map((ref) => ref.source) : [],
  )
  const { images } = await makeImageFiles(imageSources, folders.images ?? imageFoldersOf(folders))
  const drafts = new Map<string, DraftSource>()
  heads.forEach((result, at) => {
    if ('head' in result) {
      drafts.set(result.head.slug, {
        key: keys[at] as string,
        imageRefs: result.head.imageRefs,
        file: files[at] as string,
        stamp: stamps[at] as string,
        shape: shapeOf(result.head),
      })
    }
  })
  const keyOf = (draft: DraftHead) => drafts.get(draft.slug)?.key as string
  const memory = relatedMemoryFile(cache.folder)
  // What the memory is in: the term store's numbering, and the code that works it out.
  const basis = terms.numbering && `${terms.numbering} ${await relatedCodeHash()}`
  const previous = basis ? readRelatedMemory(memory) : null
  const siteTerms: SiteTerms = {
    table: terms.table,
    termsOf: (draft) => terms.termsOf(keyOf(draft), () => cache.terms(keyOf(draft))),
    recall: basis
      ? { basis, keyOf, storedWords: (key) => terms.storedTerms(key), previous }
      : undefined,
  }
  const results = heads.map((result, at) => ({ file: files[at] as string, built: result }))
  const site = buildSiteFromHeads(results, undefined, images, siteTerms)
  if ('problems' in site) throw new ContentBuildError(site.problems)
  beforeWriting()
  terms.save([...drafts.values()].map((draft) => draft.key))
  // After the words it is numbered in are saved, so it never names a number they lack; and
  // only when it changed.
  const kept = site.relatedMemory
  if (kept && kept.relatedness !== previous?.relatedness) writeRelatedMemory(memory, kept)
  return { site, drafts, images, built }
}

// Each article's head from the last run's index when its file is unchanged, else from the
// cache when its text and the build's code are; the rest are built, on every core when there
// are many, cached, and kept as their heads. A freshly built article's terms are numbered as it
// comes back (term-store.ts), so they are never read back from the cache.
async function buildArticles(
  { keys, known, read }: Sources,
  cache: ArticleCache,
  terms: TermStore,
  options: BuildOptions,
): Promise<{ heads: BuiltHead[]; built: number }> {
  const cached = keys.map((key, at) => known[at]?.built ?? withoutTerms(cache.get(key)))
  const missing = cached.flatMap((entry, index) => (entry === undefined ? [index] : []))
  const progress = startProgress({ label: 'content', total: options.quiet ? 0 : missing.length })
  let done = 0
  await buildInParallel(
    missing.length,
    (at) => Promise.resolve(read(missing[at] as number)),
    (source) => cacheEntryOf(buildArticle(source, summarise)),
    (at, result) => {
      const index = missing[at] as number
      const key = keys[index] as string
      const head = cache.set(key, result)
      if ('head' in head) terms.termsOf(key, () => head.head.terms)
      cached[index] = withoutTerms(head)
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
