import { Suspense, use } from 'react'
import type { RichBlock, RichBlockProps } from './rich-blocks.tsx'

type RichBlocks = { RichBlock: typeof RichBlock }
let loaded: RichBlocks | null = null
let loading: Promise<RichBlocks> | null = null

// The prerender awaits this before rendering, so the page's HTML holds the parts themselves.
export function loadRichBlocks(): Promise<RichBlocks> {
  loading ??= import('./rich-blocks.tsx').then((module) => (loaded = module))
  return loading
}

// A table or the notes, from their own chunk. While it loads, a prerendered page keeps showing
// the server's HTML (React hydrates the boundary once the code is here); a page drawn in the
// browser shows the rest of the article and the part a moment later.
export function RichBlockSlot(props: RichBlockProps) {
  return (
    <Suspense fallback={null}>
      <Loaded {...props} />
    </Suspense>
  )
}

function Loaded(props: RichBlockProps) {
  const { RichBlock } = loaded ?? use(loadRichBlocks())
  return <RichBlock {...props} />
}
