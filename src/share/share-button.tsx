import { useToolWords } from '../lib/words/use-tool-words.ts'
import { copyLink } from './copy-text.ts'
import { useStatusMessage } from './use-status-message.ts'

type Props = { title: string; url: string }

// The system's share sheet where the browser has one; elsewhere the link is copied.
export function ShareButton({ title, url }: Props) {
  const { words } = useToolWords()
  const [message, say] = useStatusMessage()
  const copy = () => copyLink(url, { copied: words.linkCopied, failed: words.copyFailed })
  async function share() {
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, url })
      } catch (error) {
        // Closing the share sheet is a choice, not a failure.
        if (!(error instanceof DOMException && error.name === 'AbortError')) {
          say(await copy())
        }
      }
      return
    }
    say(await copy())
  }
  return (
    <span className="inline-flex items-center gap-2">
      <button type="button" className="button" onClick={() => void share()}>
        {words.share}
      </button>
      <span role="status" className="text-sm text-muted">
        {message}
      </span>
    </span>
  )
}
