import { Suspense } from 'react'
import { preloadable } from '../lib/preloadable.tsx'
import type { RichBlockProps } from './rich-blocks.tsx'

// The prerender awaits `preloadAll()` before rendering, so the page's HTML holds the parts
// themselves.
const RichBlock = preloadable(async () => (await import('./rich-blocks.tsx')).RichBlock)

// A table or the notes, from their own chunk. While it loads, a prerendered page keeps showing
// the server's HTML (React hydrates the boundary once the code is here); a page drawn in the
// browser shows the rest of the article and the part a moment later.
// Loaded with the data of a page drawn in the browser (article-parts.ts), like the pictures.
export const loadRichBlockCode = RichBlock.preload

export function RichBlockSlot(props: RichBlockProps) {
  return (
    <Suspense fallback={null}>
      <RichBlock {...props} />
    </Suspense>
  )
}
