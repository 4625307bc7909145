import { useEffect, useState } from 'react'
import { rememberedScrollY } from '../lib/scroll-places.ts'
import { readPosition, writePosition } from './reading-positions.ts'

export function ResumeOffer({ slug }: { slug: string }) {
  const [offer, setOffer] = useState<number | null>(null)

  useEffect(() => {
    // Measured once the article is laid out. A link to a section, or Back to a remembered
    // place, already says where to be.
    const frame = requestAnimationFrame(() => {
      const saved = readPosition(slug) ?? 0
      const y = saved * document.documentElement.scrollHeight
      const elsewhere = window.location.hash || rememberedScrollY() !== null
      if (saved > 0 && y > window.innerHeight && !elsewhere) setOffer(y)
    })
    let timer = 0
    const save = () => {
      window.clearTimeout(timer)
      timer = 0
      const root = document.documentElement
      if (window.scrollY + window.innerHeight >= root.scrollHeight - 4) {
        writePosition(slug, null)
      } else if (window.scrollY > window.innerHeight) {
        writePosition(slug, window.scrollY / root.scrollHeight)
        setOffer(null)
      }
    }
    const onScroll = () => {
      if (!timer) timer = window.setTimeout(save, 300)
    }
    window.addEventListener('scroll', onScroll, { passive: true })
    window.addEventListener('pagehide', save)
    return () => {
      cancelAnimationFrame(frame)
      if (timer) save()
      window.removeEventListener('scroll', onScroll)
      window.removeEventListener('pagehide', save)
    }
  }, [slug])

  if (offer === null) return null
  return (
    <div
      lang="en"
      dir="ltr"
      className="fixed inset-x-4 bottom-4 z-20 mx-auto flex max-w-sm items-center justify-between gap-2 rounded-lg border border-line bg-page p-2 shadow-lg print:hidden"
    >
      <button
        type="button"
        className="button"
        onClick={() => {
          window.scrollTo(0, offer)
          setOffer(null)
        }}
      >
        Resume where you left off
      </button>
      <button type="button" className="rounded px-3 py-2" onClick={() => setOffer(null)}>
        Dismiss
      </button>
    </div>
  )
}
