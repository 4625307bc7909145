import type { SourceDraft } from '../article-draft.ts'
import { checkImageReference, unresolvedPicture } from '../image-reference.ts'
import type { StepResult } from '../run-steps.ts'

// The front matter's `image:` checked as a body image is, and reported where its `src:` is.
export function findLeadImage(draft: SourceDraft): StepResult<SourceDraft> {
  const image = draft.frontMatter?.image
  if (!image) return { draft }
  const at = srcPosition(draft.frontMatterText)
  // In YAML, `alt: ''` is written out, so an empty alt is the author's choice.
  const checked = checkImageReference(draft.file, image.src, image.alt === '' ? '""' : image.alt)
  if (checked.kind === 'error') {
    return {
      draft,
      problems: [{ file: draft.file, ...at, field: 'image', message: checked.message }],
    }
  }
  return {
    draft: {
      ...draft,
      leadImage: {
        ...unresolvedPicture(checked.source, checked.alt),
        caption: image.caption,
        credit: image.credit,
      },
      imageRefs: [{ source: checked.source, ...at }, ...draft.imageRefs],
    },
  }
}

// The line and column of the image's `src` value in the file (the front matter starts on line 2).
function srcPosition(frontMatter: string): { line: number; column: number } {
  const lines = frontMatter.split('\n')
  const start = lines.findIndex((line) => /^image\s*:/.test(line))
  const index = lines.findIndex((line, at) => at >= start && /^\s*src\s*:/.test(line))
  const prefix = /^\s*src\s*:\s*/.exec(lines[index] ?? '')?.[0] ?? ''
  return index < 0 ? { line: start + 2, column: 1 } : { line: index + 2, column: prefix.length + 1 }
}
