import type { DraftHead } from '../article-parts.ts'
import { resolvePicture } from '../article-parts.ts'
import type { ContentProblem } from '../content-problem.ts'
import type { ImageOutcome } from '../image-outcome.ts'
import type { StepResult } from '../run-steps.ts'
import type { SiteDraft } from '../site-draft.ts'

// Reports an image that could not be made where the article refers to it, and gives each lead
// image the files the image step made of its source (list items show it). The figures in an
// article's body get theirs when its file is written (article-parts.ts, joinArticle).
export function attachImages(site: SiteDraft): StepResult<SiteDraft> {
  const problems: ContentProblem[] = []
  const drafts = site.drafts.map((draft): DraftHead => {
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
    return withLeadImage(draft, site.images)
  })
  return { draft: { ...site, drafts }, problems }
}

// The draft with the files the image step made of its lead image, if it has one.
export function withLeadImage(
  draft: DraftHead,
  images: ReadonlyMap<string, ImageOutcome>,
): DraftHead {
  const { image } = draft
  return image ? { ...draft, image: resolvePicture(image, images) } : draft
}
