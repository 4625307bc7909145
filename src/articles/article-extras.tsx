import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useId, useRef, useState } from 'react'
import { useLocation } from 'wouter'
import { HistoryScrollMemory } from '../components/history-scroll-memory.tsx'
import { historyScrollY } from '../lib/scroll-memory.ts'
import { articleQuery } from './article-queries.ts'
import { readStored, writeStored } from '../lib/stored.ts'
import { shortcutFor, shortcuts } from './shortcut-keys.ts'
import { summaryToggleId } from './summary-disclosure.tsx'

type Props = { slug: string; previous: string | null; next: string | null }

// What an article offers once it is running in a browser: none of it is needed for the first
// paint, so it arrives in its own small chunk.
export function ArticleExtras({ slug, previous, next }: Props) {
  return (
    <>
      <ReadingProgress />
      <ResumeOffer key={slug} slug={slug} />
      <KeyboardShortcuts previous={previous} next={next} />
      <NeighbourPrefetch previous={previous} next={next} />
      <HistoryScrollMemory key={slug} />
      <SectionLinkCopier />
    </>
  )
}

// Handles every "copy link to this section" button; the section's heading id makes the hash.
function SectionLinkCopier() {
  const [message, setMessage] = useState('')
  useEffect(() => {
    let timer = 0
    const onClick = (event: MouseEvent) => {
      const button = event.target instanceof Element ? event.target.closest('.copy-link') : null
      const id = button?.closest('section')?.getAttribute('aria-labelledby')
      if (!id) return
      const url = new URL(`#${id}`, window.location.href).href
      const say = (text: string) => {
        // Cleared first, so copying twice in a row is announced twice.
        setMessage('')
        window.clearTimeout(timer)
        window.setTimeout(() => setMessage(text), 50)
        timer = window.setTimeout(() => setMessage(''), 5000)
      }
      navigator.clipboard.writeText(url).then(
        () => say('Link copied'),
        () => say(`Could not copy. The link is ${url}`),
      )
    }
    document.addEventListener('click', onClick)
    return () => {
      window.clearTimeout(timer)
      document.removeEventListener('click', onClick)
    }
  }, [])
  return (
    <p
      role="status"
      lang="en"
      dir="ltr"
      className={
        message
          ? 'fixed bottom-4 start-4 z-30 rounded-lg bg-ink px-4 py-2 text-page shadow-lg'
          : 'sr-only'
      }
    >
      {message}
    </p>
  )
}

// Save-Data is the reader asking for fewer bytes: then nothing is fetched before it is asked for.
function savesData(): boolean {
  const connection: unknown = Reflect.get(navigator, 'connection')
  return (
    typeof connection === 'object' &&
    connection !== null &&
    Reflect.get(connection, 'saveData') === true
  )
}

// The neighbours' JSON is fetched once the page is idle, and again on hover or focus of their
// links should the cache have let it go, so following one does not wait on the network.
function NeighbourPrefetch({ previous, next }: Omit<Props, 'slug'>) {
  const queryClient = useQueryClient()
  useEffect(() => {
    if (savesData()) return
    const prefetch = (slug: string | null) => {
      if (slug) void queryClient.prefetchQuery(articleQuery(slug))
    }
    const onIdle = () => {
      prefetch(next)
      prefetch(previous)
    }
    const onPoint = (event: Event) => {
      const link = event.target instanceof Element ? event.target.closest('a[rel]') : null
      const rel = link?.getAttribute('rel')
      if (rel === 'next') prefetch(next)
      if (rel === 'prev') prefetch(previous)
    }
    const idle = window.requestIdleCallback?.(onIdle, { timeout: 3000 })
    const timer = idle === undefined ? window.setTimeout(onIdle, 1500) : 0
    document.addEventListener('pointerover', onPoint)
    document.addEventListener('focusin', onPoint)
    return () => {
      if (idle !== undefined) window.cancelIdleCallback(idle)
      window.clearTimeout(timer)
      document.removeEventListener('pointerover', onPoint)
      document.removeEventListener('focusin', onPoint)
    }
  }, [queryClient, previous, next])
  return null
}

function onScrollFrame(callback: () => void): () => void {
  let frame = 0
  const schedule = () => {
    if (!frame)
      frame = requestAnimationFrame(() => {
        frame = 0
        callback()
      })
  }
  schedule()
  window.addEventListener('scroll', schedule, { passive: true })
  window.addEventListener('resize', schedule)
  return () => {
    cancelAnimationFrame(frame)
    window.removeEventListener('scroll', schedule)
    window.removeEventListener('resize', schedule)
  }
}

// Drawn with a transform, so moving it never lays the page out again.
function ReadingProgress() {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(
    () =>
      onScrollFrame(() => {
        const root = document.documentElement
        const room = root.scrollHeight - window.innerHeight
        const progress = room > 0 ? Math.min(1, Math.max(0, window.scrollY / room)) : 1
        ref.current?.style.setProperty('transform', `scaleX(${progress})`)
      }),
    [],
  )
  return (
    <div
      ref={ref}
      aria-hidden="true"
      style={{ transform: 'scaleX(0)' }}
      className="reading-progress fixed inset-x-0 top-0 z-30 h-1 origin-left bg-accent rtl:origin-right"
    />
  )
}

const positionKey = (slug: string) => `lede:position:${slug}`

// Positions are kept as a share of the page, so they survive a change of text size.
function ResumeOffer({ slug }: { slug: string }) {
  const [offer, setOffer] = useState<number | null>(null)

  useEffect(() => {
    // Measured once the article is laid out. A link to a section, or Back to a remembered
    // place, already says where to be.
    const frame = requestAnimationFrame(() => {
      const saved = Number(readStored(positionKey(slug)))
      const y = saved * document.documentElement.scrollHeight
      const elsewhere = window.location.hash || historyScrollY() !== null
      if (saved > 0 && y > window.innerHeight && !elsewhere) setOffer(y)
    })
    let timer = 0
    const save = () => {
      window.clearTimeout(timer)
      timer = 0
      const root = document.documentElement
      if (window.scrollY + window.innerHeight >= root.scrollHeight - 4) {
        writeStored(positionKey(slug), null)
      } else if (window.scrollY > window.innerHeight) {
        writeStored(positionKey(slug), (window.scrollY / root.scrollHeight).toFixed(4))
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

function KeyboardShortcuts({ previous, next }: { previous: string | null; next: string | null }) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const returnFocus = useRef<HTMLElement | null>(null)
  const headingId = useId()
  const [, navigate] = useLocation()

  function openHelp() {
    const active = document.activeElement
    returnFocus.current = active instanceof HTMLElement ? active : null
    dialogRef.current?.showModal()
  }

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || document.querySelector('dialog[open]')) return
      const action = shortcutFor(event)
      if (action === 'next' && next) navigate(`/articles/${next}`)
      else if (action === 'previous' && previous) navigate(`/articles/${previous}`)
      else if (action === 'summary') document.getElementById(summaryToggleId)?.click()
      else if (action === 'help') openHelp()
      else return
      event.preventDefault()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [navigate, previous, next])

  // A click on the backdrop, outside the dialog's box, closes it.
  useEffect(() => {
    const dialog = dialogRef.current
    const onClick = (event: MouseEvent) => {
      if (!dialog || event.target !== dialog) return
      const box = dialog.getBoundingClientRect()
      const inside =
        event.clientX >= box.left &&
        event.clientX <= box.right &&
        event.clientY >= box.top &&
        event.clientY <= box.bottom
      if (!inside) dialog.close()
    }
    dialog?.addEventListener('click', onClick)
    return () => dialog?.removeEventListener('click', onClick)
  }, [])

  return (
    <div lang="en" dir="ltr" className="text-sm print:hidden">
      <button type="button" className="link" onClick={openHelp}>
        Keyboard shortcuts
      </button>
      <dialog
        ref={dialogRef}
        aria-labelledby={headingId}
        onClose={() => returnFocus.current?.focus()}
        className="m-auto w-[min(24rem,calc(100vw-2rem))] rounded-lg border border-line bg-page p-6 text-ink backdrop:bg-black/50"
      >
        <h2 id={headingId} className="text-lg font-bold">
          Keyboard shortcuts
        </h2>
        <dl className="mt-4 space-y-2">
          {shortcuts.map((shortcut) => (
            <div key={shortcut.key} className="flex gap-4">
              <dt className="w-8">
                <kbd className="rounded border border-line px-2 font-mono">{shortcut.key}</kbd>
              </dt>
              <dd>{shortcut.description}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-4 text-muted">
          They do nothing while you type in a field, or with Ctrl, Alt or ⌘ held.
        </p>
        <button type="button" className="button mt-4" onClick={() => dialogRef.current?.close()}>
          Close
        </button>
      </dialog>
    </div>
  )
}
