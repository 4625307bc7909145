import { useEffect, type Ref } from 'react'
import { CopiedLinkStatus, type CopyLink } from './copied-link-status.tsx'
import { KeyboardShortcuts } from './keyboard-shortcuts.tsx'
import { ReadingProgress } from './reading-progress.tsx'
import { ResumeOffer } from './resume-offer.tsx'

type Props = {
  slug: string
  previous: string | null
  next: string | null
  // Fetches a neighbour's data, unchecked, while the page is idle.
  fetchAhead: (slug: string) => void
  onSummaryKey: () => void
  // What the copy-link buttons call: the copying lives here, with the message that follows it.
  copyLinkRef: Ref<CopyLink>
}

// What an article offers once it is running in a browser: none of it is needed for the first
// paint, so it arrives in its own small chunk.
export function ArticleExtras(props: Props) {
  const { slug, previous, next, fetchAhead, onSummaryKey, copyLinkRef } = props
  useFetchAheadWhenIdle(fetchAhead, previous, next)
  return (
    <>
      <ReadingProgress />
      <ResumeOffer key={slug} slug={slug} />
      <KeyboardShortcuts previous={previous} next={next} onSummaryKey={onSummaryKey} />
      <CopiedLinkStatus ref={copyLinkRef} />
    </>
  )
}

// The neighbours' data is fetched once the page is idle (their links fetch and check it on hover
// or focus), so following one does not wait on the network.
function useFetchAheadWhenIdle(
  fetchAhead: (slug: string) => void,
  previous: string | null,
  next: string | null,
) {
  useEffect(() => {
    const onIdle = () => {
      if (next) fetchAhead(next)
      if (previous) fetchAhead(previous)
    }
    const idle = window.requestIdleCallback?.(onIdle, { timeout: 3000 })
    const timer = idle === undefined ? window.setTimeout(onIdle, 1500) : 0
    return () => {
      if (idle !== undefined) window.cancelIdleCallback(idle)
      window.clearTimeout(timer)
    }
  }, [fetchAhead, previous, next])
}
