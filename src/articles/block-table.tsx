import { useId } from 'react'
import type { Alignment, Block } from './block-schema.ts'
import { InlineContent } from './inline-content.tsx'

type Table = Extract<Block, { type: 'table' }>

// Classes, not style attributes: the security policy allows no inline styles.
const alignClass = { left: 'text-left', center: 'text-center', right: 'text-right' }
const cellClass = (align: Alignment | undefined) =>
  `border border-line px-3 py-2 align-top ${align ? alignClass[align] : 'text-start'}`

// A wide table scrolls inside its own box, never the page; the box can be focused so a
// keyboard can scroll it, and it is named by the caption.
export function BlockTable({ table }: { table: Table }) {
  const captionId = useId()
  return (
    <div
      className="table-scroll"
      role="region"
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a box that scrolls must be reachable by keyboard
      tabIndex={0}
      {...(table.caption ? { 'aria-labelledby': captionId } : { 'aria-label': 'Table' })}
    >
      <table className="border-collapse text-base">
        {table.caption ? (
          <caption id={captionId} className="caption-bottom pt-2 text-start text-sm text-muted">
            <InlineContent>{table.caption}</InlineContent>
          </caption>
        ) : null}
        <thead>
          <tr>
            {table.head.map((cell, index) => (
              <th key={index} scope="col" className={`${cellClass(table.align[index])} bg-subtle`}>
                <InlineContent>{cell}</InlineContent>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, rowIndex) => (
            <tr key={rowIndex}>
              {row.map((cell, index) => (
                <td key={index} className={cellClass(table.align[index])}>
                  <InlineContent>{cell}</InlineContent>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
