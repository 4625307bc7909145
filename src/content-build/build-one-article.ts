import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { summarise } from '../summariser/summarise.ts'
import { ArticleSchema } from '../articles/article-schema.ts'
import { articleFileName, ArticleHeadSchema, headOf, joinArticle } from './article-parts.ts'
import { buildArticle } from './build-article.ts'
import { imageFoldersOf, type ContentFolders } from './content-folders.ts'
import type { ImageOutcome } from './image-outcome.ts'
import { makeImageFiles } from './image-files.ts'
import { runSteps } from './run-steps.ts'
import { startSite } from './site-draft.ts'
import { attachImages } from './site-steps/attach-images.ts'

// While `npm run dev` runs, an edited article is shown before the whole collection is built
// again (seconds at 10,000 articles): the article alone is built, and its file written with
// what the last build gave it from the collection (its neighbours, related reading, more by its
// author). The whole build follows and writes every file as it must be. Only an article that is
// already out, under the same address, with no problems, is written this way: anything else
// waits for the whole build, which reports the problems. Gives the article's slug and the text
// of the file written (the dev server sends it to the page, which then need not fetch it), or
// null. `text` is the Markdown file's, when the caller has read it already.
export async function buildOneArticle(
  file: string,
  folders: ContentFolders,
  text = readFileSync(file, 'utf8'),
): Promise<{ slug: string; written: string } | null> {
  const source = { file: path.relative(process.cwd(), file), text }
  const { built, body } = headOf(buildArticle(source, summarise))
  if ('problems' in built || !body) return null
  const draft = built.head
  const target = path.join(folders.out, articleFileName(draft.slug))
  let previous
  try {
    previous = ArticleSchema.parse(JSON.parse(readFileSync(target, 'utf8')))
  } catch {
    return null
  }
  const sources = draft.imageRefs.map((ref) => ref.source)
  // Only this article's images: every other article's stay as the last whole build left them.
  // Most articles show none, and then no file is touched: the dev server's own file work can
  // keep the disk threads busy for a moment, and this edit is shown without waiting for them.
  const { images } = sources.length
    ? await makeImageFiles(sources, folders.images ?? imageFoldersOf(folders), { prune: false })
    : { images: new Map<string, ImageOutcome>() }
  const checked = runSteps([attachImages], startSite([draft], [], images))
  const attached = checked.draft.drafts[0]
  if (checked.problems.length || !attached) return null
  // The draft's own fields over the last build's; what only the collection gives stays.
  const head = ArticleHeadSchema.parse({ ...previous, ...attached })
  const written = JSON.stringify(joinArticle(head, body, images))
  const scratch = `${target}.${process.pid}.tmp`
  writeFileSync(scratch, written)
  renameSync(scratch, target)
  return { slug: draft.slug, written }
}
