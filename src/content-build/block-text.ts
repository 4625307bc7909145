import type { Block, Inline } from '../articles/block-schema.ts'

// The words of inline content as a reader hears them: a note's number is not part of the
// sentence, and a line break is a space.
export function plainText(children: Inline[]): string {
  return children
    .map((child) => {
      switch (child.type) {
        case 'text':
        case 'code':
          return child.text
        case 'break':
          return ' '
        case 'footnoteReference':
          return ''
        case 'emphasis':
        case 'strong':
        case 'link':
        case 'delete':
        case 'element':
        case 'abbr':
          return plainText(child.children)
        default:
          return child satisfies never
      }
    })
    .join('')
}

// Every piece of text of a block, nested blocks included, in reading order.
export function blockTexts(block: Block): string[] {
  switch (block.type) {
    case 'paragraph':
    case 'subheading':
      return [plainText(block.children)]
    case 'quote':
      return [
        ...block.blocks.flatMap(blockTexts),
        ...(block.attribution ? [plainText(block.attribution)] : []),
      ]
    case 'list':
      return block.items.flatMap((item) => item.blocks.flatMap(blockTexts))
    case 'code':
      return [block.text]
    case 'separator':
      return []
    case 'table':
      return [
        ...(block.caption ? [plainText(block.caption)] : []),
        ...[block.head, ...block.rows].flatMap((row) => row.map(plainText)),
      ]
    case 'figure':
      return figureRuns(block).map(plainText)
    default:
      return block satisfies never
  }
}

// A figure's words are its caption and its credit; the alt text describes the image and is read
// by screen readers, not counted as the article's text.
function figureRuns(block: Extract<Block, { type: 'figure' }>): Inline[][] {
  return [block.caption, block.credit].filter((run) => run !== null)
}

// Calls `visit` on each block, nested ones included, and returns the blocks it gives back:
// how a step changes, say, every subheading wherever it sits.
export function mapBlocks(blocks: Block[], visit: (block: Block) => Block): Block[] {
  return blocks.map((block) => {
    const inner = nestedMap(block, visit)
    return visit(inner)
  })
}

function nestedMap(block: Block, visit: (block: Block) => Block): Block {
  switch (block.type) {
    case 'quote':
      return { ...block, blocks: mapBlocks(block.blocks, visit) }
    case 'list':
      return {
        ...block,
        items: block.items.map((item) => ({ ...item, blocks: mapBlocks(item.blocks, visit) })),
      }
    default:
      return block
  }
}

// The runs of inline content a block holds, nested blocks included, in reading order.
export function inlineRuns(block: Block): Inline[][] {
  switch (block.type) {
    case 'paragraph':
    case 'subheading':
      return [block.children]
    case 'quote':
      return [
        ...block.blocks.flatMap(inlineRuns),
        ...(block.attribution ? [block.attribution] : []),
      ]
    case 'list':
      return block.items.flatMap((item) => item.blocks.flatMap(inlineRuns))
    case 'code':
    case 'separator':
      return []
    case 'table':
      return [...(block.caption ? [block.caption] : []), ...[block.head, ...block.rows].flat()]
    case 'figure':
      return figureRuns(block)
    default:
      return block satisfies never
  }
}

// Every inline node of the runs, nested ones included, depth first.
export function everyInline(runs: Inline[][]): Inline[] {
  const walk = (nodes: Inline[]): Inline[] =>
    nodes.flatMap((node) => [node, ...('children' in node ? walk(node.children) : [])])
  return runs.flatMap(walk)
}

// Gives every inline node of the blocks, nested ones included, to `visit`, and builds the
// blocks again from what it returns: how a step rewrites links or text wherever they sit.
export function mapInlines(blocks: Block[], visit: (node: Inline) => Inline): Block[] {
  const run = (nodes: Inline[]): Inline[] =>
    nodes.map((node) =>
      visit('children' in node ? { ...node, children: run(node.children) } : node),
    )
  return mapInlineRuns(blocks, run)
}

// Gives each run of inline content of the blocks, nested blocks included, to `rewrite` whole,
// and builds the blocks again from what it returns: how a step reads a sentence across its
// emphasis and links. Code blocks hold no runs.
export function mapInlineRuns(blocks: Block[], rewrite: (run: Inline[]) => Inline[]): Block[] {
  const optional = (run: Inline[] | null) => (run ? rewrite(run) : null)
  return mapBlocks(blocks, (block) => {
    switch (block.type) {
      case 'paragraph':
      case 'subheading':
        return { ...block, children: rewrite(block.children) }
      case 'quote':
        return { ...block, attribution: optional(block.attribution) }
      case 'table':
        return {
          ...block,
          caption: optional(block.caption),
          head: block.head.map(rewrite),
          rows: block.rows.map((row) => row.map(rewrite)),
        }
      case 'figure':
        return { ...block, caption: optional(block.caption), credit: optional(block.credit) }
      case 'list':
      case 'code':
      case 'separator':
        return block
      default:
        return block satisfies never
    }
  })
}
