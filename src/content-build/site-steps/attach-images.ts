import type { Block } from '../../articles/block-schema.ts'
import type { Picture } from '../../articles/picture-schema.ts'
import type { DraftArticle } from '../article-draft.ts'
import { mapBlocks } from '../block-text.ts'
import type { ContentProblem } from '../content-problem.ts'
import type { StepResult } from '../run-steps.ts'
import type { ImageOutcome, SiteDraft } from '../site-draft.ts'

// Gives every figure and lead image the files the image step made of its source, and reports an
// image that could not be made where the article refers to it. Pictures still carry their
// source path in `src` until here.
export function attachImages(site: SiteDraft): StepResult<SiteDraft> {
  const problems: ContentProblem[] = []
  const drafts = site.drafts.map((draft) => {
    for (const ref of draft.imageRefs) {
      const outcome = site.images.get(ref.source)
      if (!outcome || 'problem' in outcome) {
        problems.push({
          file: draft.file,
          line: ref.line,
          column: ref.column,
          field: 'image',
          message: outcome?.problem ?? `${ref.source} was not made into image files`,
        })
      }
    }
    return withPictures(draft, site.images)
  })
  return { draft: { ...site, drafts }, problems }
}

function withPictures(draft: DraftArticle, images: Map<string, ImageOutcome>): DraftArticle {
  const resolve = <P extends Picture>(picture: P): P => {
    const outcome = images.get(picture.src)
    return outcome && 'picture' in outcome ? { ...picture, ...outcome.picture } : picture
  }
  const blocks = (list: Block[]) =>
    mapBlocks(list, (block) =>
      block.type === 'figure' ? { ...block, image: resolve(block.image) } : block,
    )
  return {
    ...draft,
    ...(draft.image ? { image: resolve(draft.image) } : {}),
    opening: blocks(draft.opening),
    sections: draft.sections.map((section) => ({ ...section, blocks: blocks(section.blocks) })),
    footnotes: draft.footnotes?.map((note) => ({ ...note, blocks: blocks(note.blocks) })),
  }
}
