import { existsSync, readFileSync } from 'node:fs'
import type { Worker } from 'node:worker_threads'
import path from 'node:path'
import type { ArticleCache } from './article-cache.ts'
import type { DraftHead } from './article-parts.ts'
import { shapeOf } from './article-shape.ts'
import { buildOnWorker } from './build-in-parallel.ts'
import { imagesKeyOf, writeRecord, type CollectionRecord } from './collection-record.ts'
import { columnOf, entriesOf, withEntries } from './text-column.ts'
import { imageFoldersOf, type ContentFolders } from './content-folders.ts'
import type { ContentProblem } from './content-problem.ts'
import type { ImageOutcome } from './image-outcome.ts'
import { listingHolds, stampFolders, type FolderStamps } from './folder-stamps.ts'
import { filesOf } from './in-place-files.ts'
import { relateEdited } from './in-place-related.ts'
import { markdownFiles } from './markdown-files.ts'
import type { RelatedRun } from './relate-collection.ts'
import { relatedMemoryFile, writeRelatedMemory } from './related-memory-file.ts'
import { stampOf } from './source-index.ts'
import { openTermStore } from './term-store.ts'
import { updateOutputInPlace } from './write-output.ts'

// More changed files than this and the whole collection is built: it costs a few seconds
// whatever changed, and each file here costs a few reads of its own.
export const IN_PLACE_LIMIT = 32
// Articles edited since related reading's memory was written, beyond which it is written again.
export const MEMORY_BEHIND = 16

export type InPlaceRun = {
  folders: ContentFolders
  cache: ArticleCache
  record: CollectionRecord
  recordFile: string
  manifest: string
  fileCode: string
  // A thread that builds the edited articles (build-in-parallel.ts, startBuildWorker).
  builder: Worker
}

export type InPlaceResult = {
  articles: number
  built: number
  written: number
  warnings: ContentProblem[]
  related: RelatedRun
}

/**
 * A rebuild after edits that leave the collection's shape as it was (article-shape.ts): the
 * same files, each article in the same place, with the same topics, author, title and date.
 * Then only the edited articles' own files, the list, topic and author pages that carry them,
 * and the files of articles whose related reading their new words change can differ, and only
 * those are made, from the last build's record (collection-record.ts), the cache and the output
 * as the last build left it: every other file stays, and nothing of the other 100,000 articles
 * is read. Each file is made by the same code as in a whole build (article-output.ts,
 * list-item.ts, add-related.ts), so it is the file a whole build makes, byte for byte, and its
 * key the one a whole build gives it. Gives why not, with nothing in the output changed, when
 * the edits change more than that, or anything it starts from cannot be trusted.
 */
export async function rebuildInPlace(run: InPlaceRun): Promise<InPlaceResult | string> {
  const { folders, cache, record, builder } = run
  if (!existsSync(run.manifest)) return 'the output has no keys to add to'
  // Removed by hand since: the keys name files that are no longer there.
  if (!existsSync(folders.out)) return 'the output folder is gone'
  const count = record.files.length
  const listed = sameFiles(folders.content, record)
  if (!listed) return 'articles were added or removed'
  const newStamps = new Map<number, string>()
  const changed: { index: number; file: string }[] = []
  for (let index = 0; index < count; index++) {
    const file = listed.pathAt(index)
    const stamp = stampOf(file)
    if (record.stamps.holds(index, stamp)) continue
    newStamps.set(index, stamp)
    changed.push({ index, file })
  }
  if (changed.length > IN_PLACE_LIMIT) return `${changed.length} articles changed`
  const stamps = withEntries(record.stamps, newStamps)
  const keys = entriesOf(record.keys)
  const images = await currentImages(run)
  if (!images) return 'an image changed'

  const edited = new Map<number, { draft: DraftHead; built: boolean }>()
  for (const { index, file } of changed) {
    const source = { file: record.files.at(index), text: readFileSync(file, 'utf8') }
    const key = cache.keyOf(source)
    if (key === keys[index]) continue
    let built = false
    let result = cache.get(key)
    if (!result) {
      const [entry] = await buildOnWorker(builder, [source])
      if (!entry) throw new Error(`the build thread gave nothing for ${source.file}`)
      result = cache.set(key, entry)
      built = true
    }
    // Problems are reported by the whole build, with every other problem of the collection.
    if ('problems' in result) return `${source.file} has problems`
    if (!record.shapes.holds(index, shapeOf(result.head))) {
      return `${source.file} changed more than its text`
    }
    keys[index] = key
    edited.set(index, { draft: result.head, built })
  }
  const built = [...edited.values()].filter((edit) => edit.built).length
  const report = (related: RelatedRun, written = 0): InPlaceResult => ({
    articles: count,
    built,
    written,
    warnings: record.warnings,
    related,
  })
  if (!edited.size) {
    if (changed.length || listed.listing !== record.listing) {
      writeRecord(run.recordFile, { ...record, listing: listed.listing, stamps })
    }
    return report({ how: 'unchanged' })
  }

  const terms = openTermStore(path.join(cache.folder, 'terms'))
  try {
    const related = await relateEdited(cache, terms, keys)
    if (typeof related === 'string') return related
    // Every article whose related reading in the output may not be what it is now: those whose
    // lists differ from the memory's now, and those that differed when the last rebuild left it.
    const rewrite = [...new Set([...related.changed, ...record.relatedBehind])]
    const output = filesOf(run, keys, edited, rewrite, related.lists, images)
    if (typeof output === 'string') return output
    const done = await updateOutputInPlace(folders.out, output, folders.scratch, run.manifest)
    if (!done) return 'the output has no keys to add to'
    // After the output, so a rebuild stopped before it leaves the memory it started from, and
    // the next build finds the same related reading to change. The memory (80 MB at 100,000
    // articles) is written again only once a few articles have changed since it was: until
    // then each rebuild starts from it and the edits since, whose earlier words the term store
    // keeps, and the record names the articles whose lists differ from it.
    const behind = related.previous.keys.filter((key, doc) => key !== keys[doc])
    // Worked out whole, it is kept at once: the next rebuild would work it out whole again.
    const flush = behind.length > MEMORY_BEHIND || related.how === 'whole'
    terms.save(flush ? keys : [...keys, ...behind])
    if (flush && related.memory && related.memory.relatedness !== related.previous.relatedness) {
      writeRelatedMemory(relatedMemoryFile(cache.folder), related.memory)
    }
    const relatedBehind = flush ? [] : related.changed
    writeRecord(run.recordFile, {
      ...record,
      listing: listed.listing,
      stamps,
      keys: columnOf(keys),
      relatedBehind,
    })
    const { how, why } = related
    return report(why === undefined ? { how } : { how, why }, done.written)
  } finally {
    terms.close()
  }
}

// Each recorded file's path, in the record's order, when the content folder holds those files
// and no others; with the folders' stamps as they now stand. While its folders keep their
// stamps the record's listing holds and the folder is not listed again.
function sameFiles(
  content: string,
  record: CollectionRecord,
): { pathAt: (index: number) => string; listing: FolderStamps } | null {
  // The record's files are named from where the build runs, as its basis says this one does.
  if (listingHolds(record.listing)) {
    return { pathAt: (index) => record.files.at(index), listing: record.listing }
  }
  const listedAt = Date.now()
  const { files, folders } = markdownFiles(content)
  if (files.length !== record.files.length) return null
  const placeOf = new Map(entriesOf(record.files).map((file, index) => [file, index]))
  const paths: string[] = []
  for (const { path: file, file: name } of files) {
    const index = placeOf.get(name)
    if (index === undefined) return null
    paths[index] = file
  }
  return { pathAt: (index) => paths[index] as string, listing: stampFolders(folders, listedAt) }
}

// The site's images as the last build made them, or null when any is made otherwise now.
async function currentImages(run: InPlaceRun): Promise<Map<string, ImageOutcome> | null> {
  const { record, folders } = run
  if (!record.images.length) return new Map()
  // Loaded only for a site with pictures: the image encoders are a good part of the build's code.
  const { makeImageFiles } = await import('./image-files.ts')
  const { images } = await makeImageFiles(record.images, folders.images ?? imageFoldersOf(folders))
  return imagesKeyOf(images) === record.imagesKey ? images : null
}
