import { useEffect, useState } from 'react'
import { rememberedScrollY } from '../lib/scroll-places.ts'
import { readStored } from '../lib/stored.ts'
import { useWords } from '../lib/words/words-context.tsx'
import { keepPosition, positionKey } from './stored-position.ts'

// The code that reads and checks stored positions (zod with it) loads when there is a place to
// offer or old places to prune, not with the article; a position is written without it.
const positions = () => import('./reading-positions.ts')

export function ResumeOffer({ slug }: { slug: string }) {
  const words = useWords()
  const [offer, setOffer] = useState<number | null>(null)

  useEffect(() => {
    // Measured once the article is laid out. A link to a section, or Back to a remembered
    // place, already says where to be.
    let live = true
    let frame = 0
    if (readStored(positionKey(slug)) !== null) {
      void positions().then(({ readPosition }) => {
        if (!live) return
        frame = requestAnimationFrame(() => {
          const saved = readPosition(slug) ?? 0
          const y = saved * document.documentElement.scrollHeight
          const elsewhere = window.location.hash || rememberedScrollY() !== null
          if (saved > 0 && y > window.innerHeight && !elsewhere) setOffer(y)
        })
      })
    }
    // Old places are pruned once a visit, after the first position is kept.
    let pruned = false
    const pruneSoon = () => {
      if (pruned) return
      pruned = true
      void positions().then(({ prunePositions }) => prunePositions())
    }
    let timer = 0
    const save = () => {
      window.clearTimeout(timer)
      timer = 0
      const root = document.documentElement
      if (window.scrollY + window.innerHeight >= root.scrollHeight - 4) {
        keepPosition(slug, null)
      } else if (window.scrollY > window.innerHeight) {
        keepPosition(slug, window.scrollY / root.scrollHeight)
        pruneSoon()
        if (live) setOffer(null)
      }
    }
    const onScroll = () => {
      if (!timer) timer = window.setTimeout(save, 300)
    }
    window.addEventListener('scroll', onScroll, { passive: true })
    window.addEventListener('pagehide', save)
    return () => {
      live = false
      cancelAnimationFrame(frame)
      if (timer) save()
      window.removeEventListener('scroll', onScroll)
      window.removeEventListener('pagehide', save)
    }
  }, [slug])

  if (offer === null) return null
  return (
    <div className="fixed inset-x-4 bottom-4 z-20 mx-auto flex max-w-sm items-center justify-between gap-2 rounded-lg border border-line bg-page p-2 shadow-lg print:hidden">
      <button
        type="button"
        className="button"
        onClick={() => {
          window.scrollTo(0, offer)
          setOffer(null)
        }}
      >
        {words.resume}
      </button>
      <button type="button" className="rounded px-3 py-2" onClick={() => setOffer(null)}>
        {words.dismiss}
      </button>
    </div>
  )
}
