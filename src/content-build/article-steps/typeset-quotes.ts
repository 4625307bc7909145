import type { Block, Inline } from '../../articles/block-schema.ts'
import type { DraftArticle } from '../article-draft.ts'
import { mapBlocks, mapInlineRuns } from '../block-text.ts'
import { quoteMarksFor, type QuoteMarks } from '../quote-marks.ts'
import type { StepResult } from '../run-steps.ts'
import { smartenQuotes, type TextPiece } from '../smart-quotes.ts'

function pieces(run: Inline[]): TextPiece[] {
  return run.flatMap((node): TextPiece[] => {
    switch (node.type) {
      case 'text':
        return [{ text: node.text, fixed: false }]
      case 'code':
        return [{ text: node.text, fixed: true }]
      case 'break':
        return [{ text: ' ', fixed: true }]
      case 'footnoteReference':
        return []
      default:
        return pieces(node.children)
    }
  })
}

// The run with its text nodes rewritten from the texts, given in the order pieces() reads them.
function refill(run: Inline[], texts: Iterator<string>): Inline[] {
  return run.map((node): Inline => {
    switch (node.type) {
      case 'text':
        return { ...node, text: texts.next().value ?? node.text }
      case 'code':
      case 'break':
        texts.next()
        return node
      case 'footnoteReference':
        return node
      default:
        return { ...node, children: refill(node.children, texts) }
    }
  })
}

// Typographic quotes and apostrophes in the article's language, set by the build so authors
// type plain " and '. Code is never touched, nor a link's address. Section and heading ids were
// made from the titles as written (slugHeadings, a reading step), so no address changes.
export function typesetQuotes(draft: DraftArticle): StepResult<DraftArticle> {
  const marks = quoteMarksFor(draft.lang)
  if (!marks) return { draft }
  const line = (text: string) => smartenQuotes([{ text, fixed: false }], marks).join('')
  // A figure's alt text is read aloud as the caption is shown, so it is set the same way.
  const blocks = (list: Block[]) =>
    mapBlocks(
      mapInlineRuns(list, (run) => typesetRun(run, marks)),
      (block) =>
        block.type === 'figure'
          ? { ...block, image: { ...block.image, alt: line(block.image.alt) } }
          : block,
    )
  return {
    draft: {
      ...draft,
      title: line(draft.title),
      standfirst: draft.standfirst === null ? null : line(draft.standfirst),
      // The lead image's words are text the reader sees or hears, like a figure's caption.
      ...(draft.image
        ? {
            image: {
              ...draft.image,
              alt: line(draft.image.alt),
              caption: draft.image.caption === null ? null : line(draft.image.caption),
              credit: draft.image.credit === null ? null : line(draft.image.credit),
            },
          }
        : {}),
      opening: blocks(draft.opening),
      sections: draft.sections.map((section) => ({
        ...section,
        title: line(section.title),
        blocks: blocks(section.blocks),
      })),
      footnotes: draft.footnotes?.map((note) => ({ ...note, blocks: blocks(note.blocks) })),
      // An editor's summary is read beside the article, so it carries the same marks.
      summary: {
        ...draft.summary,
        points: draft.summary.points.map((point) => ({ ...point, text: line(point.text) })),
      },
    },
  }
}

function typesetRun(run: Inline[], marks: QuoteMarks): Inline[] {
  return refill(run, smartenQuotes(pieces(run), marks).values())
}
