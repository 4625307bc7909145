import type { ReactNode } from 'react'
import type { Block, Footnote } from './block-schema.ts'

// The notes at the end of the article: each leads back to every place that refers to it. They
// are not a section, so the contents list leaves them out.
export function ArticleFootnotes({
  footnotes,
  blocks,
}: {
  footnotes: Footnote[]
  blocks: (inner: Block[]) => ReactNode
}) {
  return (
    <section aria-labelledby="lede-notes" className="footnotes space-y-3 border-t border-line pt-4">
      <h2 id="lede-notes" className="text-xl font-bold">
        Notes
      </h2>
      <ol className="list-decimal space-y-2 ps-6 text-base">
        {footnotes.map((note) => (
          <li key={note.id} id={note.id} className="footnote space-y-2">
            {blocks(note.blocks)}
            <p className="flex gap-2">
              {note.refIds.map((refId, index) => (
                <a
                  key={refId}
                  href={`#${refId}`}
                  aria-label={
                    note.refIds.length > 1
                      ? `Back to reference ${note.number} (${index + 1})`
                      : `Back to reference ${note.number}`
                  }
                  className="link"
                >
                  ↩
                </a>
              ))}
            </p>
          </li>
        ))}
      </ol>
    </section>
  )
}
