import { useEffect, useState } from 'react'
import { useToolWords } from '../lib/words/use-tool-words.ts'
import { copyLink } from './copy-text.ts'
import { quoteLink } from './text-fragment.ts'
import { useStatusMessage } from './use-status-message.ts'

type Offer = { quote: string; top: number; left: number }

// While the reader has text of the article selected, a button beside it copies a link that opens
// the article at that quote. `within` says whose text counts (the article, not the page around it).
export function QuoteLinkOffer({ within }: { within: (node: Node) => boolean }) {
  const { words } = useToolWords()
  const [offer, setOffer] = useState<Offer | null>(null)
  const [message, say] = useStatusMessage()

  useEffect(() => {
    const onSelection = () => {
      const selection = document.getSelection()
      const quote = selection?.toString().trim() ?? ''
      const range = selection && selection.rangeCount ? selection.getRangeAt(0) : null
      if (!range || !quote || !within(range.commonAncestorContainer)) {
        setOffer(null)
        return
      }
      const box = range.getBoundingClientRect()
      setOffer({ quote, top: box.bottom + 8, left: Math.max(8, box.left) })
    }
    document.addEventListener('selectionchange', onSelection)
    return () => document.removeEventListener('selectionchange', onSelection)
  }, [within])

  return (
    <>
      {offer ? (
        <button
          type="button"
          className="button fixed z-30 shadow-lg"
          style={{ top: offer.top, left: offer.left }}
          // Pressing must not clear the selection before the click is read.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() =>
            void copyLink(quoteLink(window.location.href, offer.quote), {
              copied: words.quoteLinkCopied,
              failed: words.copyFailed,
            }).then(say)
          }
        >
          {words.copyQuoteLink}
        </button>
      ) : null}
      <p
        role="status"
        className={
          message
            ? 'fixed bottom-4 start-4 z-30 rounded-lg bg-ink px-4 py-2 text-page shadow-lg'
            : 'sr-only'
        }
      >
        {message}
      </p>
    </>
  )
}
