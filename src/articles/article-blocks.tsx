import type { Block } from './block-schema.ts'
import { BlockList } from './block-list.tsx'
import { BlockQuote } from './block-quote.tsx'
import { InlineContent } from './inline-content.tsx'
import { PictureSlot } from './picture-slot.tsx'
import { RichBlockSlot } from './rich-block-slot.tsx'

export function ArticleBlocks({ blocks }: { blocks: Block[] }) {
  return blocks.map((block, index) => <ArticleBlock key={index} block={block} />)
}

const subheadingClass = {
  3: 'mt-8 text-xl font-semibold',
  4: 'mt-6 text-lg font-semibold',
  5: 'mt-6 font-semibold',
  6: 'mt-6 font-semibold italic',
}

function ArticleBlock({ block }: { block: Block }) {
  switch (block.type) {
    case 'paragraph':
      return (
        <p id={block.id} className="passage">
          <InlineContent>{block.children}</InlineContent>
        </p>
      )
    case 'subheading': {
      const level = block.level ?? 3
      const Heading = `h${level}` as const
      return (
        <Heading id={block.id} className={subheadingClass[level]}>
          <InlineContent>{block.children}</InlineContent>
        </Heading>
      )
    }
    case 'quote':
      return <BlockQuote quote={block} blocks={(inner) => <ArticleBlocks blocks={inner} />} />
    case 'list':
      return <BlockList list={block} blocks={(inner) => <ArticleBlocks blocks={inner} />} />
    case 'code':
      return (
        <figure className="code-block">
          {block.lang ? <figcaption className="code-lang">{block.lang}</figcaption> : null}
          {/* Focusable, so a keyboard can scroll a long line. */}
          {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
          <pre tabIndex={0} className="overflow-x-auto rounded bg-subtle p-4 text-sm">
            <code>{block.text}</code>
          </pre>
        </figure>
      )
    case 'separator':
      return <hr className="mx-auto w-1/3 border-line" />
    case 'table':
      return <RichBlockSlot kind="table" table={block} />
    case 'figure':
      return <PictureSlot kind="figure" figure={block} />
    default:
      return block satisfies never
  }
}
