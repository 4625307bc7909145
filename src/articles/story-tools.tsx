import { Suspense, type ReactNode } from 'react'
import { AfterHydration } from '../components/after-hydration.tsx'
import type { ArticleListItem } from './list-schemas.ts'

// What other areas show beside each story (a read mark, saving it): the route composes it.
export type StoryTools = (article: ArticleListItem) => ReactNode

// The tools arrive after the first load, on a line of their own whose height is kept for them
// from the first paint (one line of small text), so the list never moves, however narrow.
export function StoryToolsLine({
  article,
  tools,
}: {
  article: ArticleListItem
  tools: StoryTools
}) {
  return (
    <div className="min-h-5 text-sm">
      <AfterHydration>
        <Suspense fallback={null}>{tools(article)}</Suspense>
      </AfterHydration>
    </div>
  )
}
