import type { Image, ImageReference, Paragraph, PhrasingContent } from 'mdast'
import type { Block, Inline } from '../articles/block-schema.ts'
import { convertInlines } from './convert-inlines.ts'
import { checkImageReference, unresolvedPicture } from './image-reference.ts'
import { columnOf, lineOf, report, type MarkdownContext } from './markdown-context.ts'

type Figure = Extract<Block, { type: 'figure' }>

// A line right after the image that starts with "Credit:" says who made it.
const creditMark = /^\s*\n\s*Credit:\s*/i

// A paragraph that is an image alone, perhaps with a credit line under it, is a figure:
//   ![A heron on the mudflats](../images/heron.jpg "A grey heron at low tide.")
//   Credit: Helen Marsh
// The title is the caption. Returns null for any other paragraph, and no block for a figure
// whose image is refused (the problem is reported once, here).
export function convertFigure(context: MarkdownContext, paragraph: Paragraph): Figure[] | null {
  const [first, ...rest] = withoutEdgeSpace(paragraph.children)
  if (first?.type !== 'image' && first?.type !== 'imageReference') return null
  const after = rest[0]
  if (after && !(after.type === 'text' && creditMark.test(after.value))) return null
  const image = imageOf(context, first)
  const checked = checkImageReference(context.file, image.url, image.alt)
  if (checked.kind === 'error') {
    report(context, first, 'image', checked.message)
    return []
  }
  const credit = after
    ? convertInlines(context, [
        { ...after, value: after.value.replace(creditMark, '') },
        ...rest.slice(1),
      ])
    : null
  context.imageRefs.push({
    source: checked.source,
    line: lineOf(context, first),
    column: columnOf(first),
  })
  const caption: Inline[] | null = image.title?.trim()
    ? [{ type: 'text', text: image.title.trim() }]
    : null
  return [
    {
      type: 'figure',
      image: unresolvedPicture(checked.source, checked.alt),
      caption,
      credit: credit?.length ? credit : null,
    },
  ]
}

function imageOf(
  context: MarkdownContext,
  node: Image | ImageReference,
): { url: string; alt: string | null | undefined; title: string | null | undefined } {
  if (node.type === 'image') return { url: node.url, alt: node.alt, title: node.title }
  const definition = context.definitions.get(node.identifier)
  return { url: definition?.url ?? '', alt: node.alt, title: definition?.title }
}

// Spaces around the image are no text of the paragraph.
function withoutEdgeSpace(nodes: PhrasingContent[]): PhrasingContent[] {
  return nodes.filter(
    (node, index) =>
      !(node.type === 'text' && !node.value.trim() && (index === 0 || index === nodes.length - 1)),
  )
}
