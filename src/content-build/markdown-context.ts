import type { Definition, FootnoteDefinition, Nodes } from 'mdast'
import type { ContentProblem } from './content-problem.ts'
import type { CheckedHref } from './check-href.ts'
import type { ImageRef } from './image-reference.ts'

export type ArticleLink = { slug: string; line: number; column: number }
// A link to a place in the same article, checked once every heading has its id.
export type FragmentLink = { fragment: string; line: number; column: number }

// What converting one article body needs to remember as it goes.
export type MarkdownContext = {
  file: string
  bodyLine: number
  check: (url: string) => CheckedHref
  problems: ContentProblem[]
  articleLinks: ArticleLink[]
  fragmentLinks: FragmentLink[]
  // The images the body refers to, made into files once per site by the image step.
  imageRefs: ImageRef[]
  definitions: Map<string, Definition>
  footnoteDefinitions: Map<string, FootnoteDefinition>
  // Footnote identifiers in the order they are first referred to: the note's number is its
  // place here plus one. And how often each has been referred to so far.
  footnoteOrder: string[]
  footnoteCalls: Map<string, number>
  paragraphCount: number
}

export function lineOf(context: MarkdownContext, node: Nodes): number {
  return (node.position?.start.line ?? 1) + context.bodyLine - 1
}

export function columnOf(node: Nodes): number {
  return node.position?.start.column ?? 1
}

export function report(
  context: MarkdownContext,
  node: Nodes,
  field: string,
  message: string,
): void {
  context.problems.push({
    file: context.file,
    line: lineOf(context, node),
    column: columnOf(node),
    field,
    message,
  })
}

export function nextParagraphId(context: MarkdownContext): string {
  context.paragraphCount += 1
  return `p-${context.paragraphCount}`
}
