import { Suspense } from 'react'
import { afterFirstLoad } from '../lib/after-first-load.ts'
import { startedOverPrerenderedPage } from '../lib/page-start.ts'
import { preloadable } from '../lib/preloadable.tsx'
import type { PictureProps } from './pictures.tsx'

// Images are HTML: on a prerendered page the server's <picture> is shown, and fetched by the
// browser, with no script at all. React keeps that HTML until the first load is over and only
// then fetches the code that takes it over, so images add nothing to the first load. The
// prerender renders them at once; a page drawn in the browser loads the code at once.
const Pictures = preloadable(async () => {
  if (!import.meta.env.SSR && startedOverPrerenderedPage()) await afterFirstLoad()
  return (await import('./pictures.tsx')).Pictures
})

// A page drawn in the browser loads the code with the data it shows (article-parts.ts), so the
// picture is there when the page appears instead of a moment later, which would move the text.
export const loadPictureCode = Pictures.preload

export function PictureSlot(props: PictureProps) {
  return (
    <Suspense fallback={null}>
      <Pictures {...props} />
    </Suspense>
  )
}
