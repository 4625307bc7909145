import type { ReactNode } from 'react'
import type { Block } from './block-schema.ts'
import { InlineContent } from './inline-content.tsx'

type List = Extract<Block, { type: 'list' }>

// An item of one paragraph reads as a line of the list; an item of several keeps them apart.
export function BlockList({ list, blocks }: { list: List; blocks: (inner: Block[]) => ReactNode }) {
  const items = list.items.map((item, index) => {
    const [only, ...rest] = item.blocks
    const content =
      only?.type === 'paragraph' && !rest.length ? (
        <InlineContent>{only.children}</InlineContent>
      ) : (
        <div className="space-y-2">{blocks(item.blocks)}</div>
      )
    if (item.checked === null) {
      return (
        <li key={index} className="mt-1">
          {content}
        </li>
      )
    }
    // A task list is read, not ticked: the mark says whether the task is done.
    return (
      <li key={index} className="task-item mt-1">
        <span role="img" aria-label={item.checked ? 'Done' : 'Not done'} className="task-mark">
          {item.checked ? '☑' : '☐'}
        </span>
        {content}
      </li>
    )
  })
  if (!list.ordered) return <ul className="list-disc space-y-1 ps-6">{items}</ul>
  return (
    <ol
      className="list-decimal space-y-1 ps-6"
      start={list.start === 1 ? undefined : (list.start ?? undefined)}
    >
      {items}
    </ol>
  )
}
