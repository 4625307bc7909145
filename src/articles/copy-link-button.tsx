import { useWords } from '../lib/words/words-context.tsx'

type Props = {
  // The section heading's id: the link is this page's address with it as the hash.
  id: string
  title: string
  onCopy: (id: string) => void
}

// Sits beside a section heading, not inside it, so the heading's name stays just its title.
export function CopyLinkButton({ id, title, onCopy }: Props) {
  const words = useWords()
  return (
    <button type="button" className="copy-link" onClick={() => onCopy(id)}>
      <span aria-hidden="true">#</span>
      <span className="sr-only">{`${words.copyLink}: ${title}`}</span>
    </button>
  )
}
