import { createHash } from 'node:crypto'
import type { ArticleCache } from './article-cache.ts'
import { joinArticle, joinArticleText, joinsAsText, type ArticleHead } from './article-parts.ts'
import type { ImageOutcome } from './image-outcome.ts'
import type { ImageRef } from './image-reference.ts'
import type { LazyFile } from './write-output.ts'

// What the build keeps of a built article to write its file: its cache key and its pictures.
export type ArticleDraftRef = { key: string; imageRefs: ImageRef[] }

// An article's output file, made the same way by the whole build (build-content-folder.ts) and
// by a rebuild in place (rebuild-in-place.ts), so the same article gets the same key either way.
// The key stands for all the file is made from: its cached build, what the collection gave its
// head, the files made of its images, and the code that makes and writes it.
export function articleOutput(
  draft: ArticleDraftRef,
  head: ArticleHead,
  fileCode: string,
  cache: ArticleCache,
  images: ReadonlyMap<string, ImageOutcome>,
): LazyFile {
  const outcomes = draft.imageRefs.map((ref) => images.get(ref.source) ?? null)
  return {
    key: createHash('sha256')
      .update(draft.key)
      .update(fileCode)
      .update(JSON.stringify(head))
      .update(JSON.stringify(outcomes))
      .digest('hex'),
    // An article with pictures to fill in is joined as objects; any other, as text.
    make: () =>
      joinsAsText(draft)
        ? joinArticleText(head, cache.bodyText(draft.key))
        : JSON.stringify(joinArticle(head, cache.body(draft.key), images)),
  }
}
