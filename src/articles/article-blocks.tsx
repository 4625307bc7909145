import type { Block } from './article-schema.ts'
import { InlineContent } from './inline-content.tsx'

export function ArticleBlocks({ blocks }: { blocks: Block[] }) {
  return blocks.map((block, index) => <ArticleBlock key={index} block={block} />)
}

function ArticleBlock({ block }: { block: Block }) {
  switch (block.type) {
    case 'paragraph':
      return (
        <p id={block.id} className="passage">
          <InlineContent>{block.children}</InlineContent>
        </p>
      )
    case 'subheading':
      return (
        <h3 className="mt-8 text-xl font-semibold">
          <InlineContent>{block.children}</InlineContent>
        </h3>
      )
    case 'quote':
      return (
        <blockquote className="border-s-4 border-accent ps-4 italic">
          {block.children.map((line, index) => (
            <p key={index}>
              <InlineContent>{line}</InlineContent>
            </p>
          ))}
        </blockquote>
      )
    case 'list': {
      const List = block.ordered ? 'ol' : 'ul'
      return (
        <List className={block.ordered ? 'list-decimal ps-6' : 'list-disc ps-6'}>
          {block.items.map((item, index) => (
            <li key={index} className="mt-1">
              <InlineContent>{item}</InlineContent>
            </li>
          ))}
        </List>
      )
    }
    case 'code':
      return (
        <pre className="overflow-x-auto rounded bg-subtle p-4 text-sm">
          <code>{block.text}</code>
        </pre>
      )
  }
}
