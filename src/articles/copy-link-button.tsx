import { useWords } from '../lib/words/words-context.tsx'

// Sits beside a section heading, not inside it, so the heading's name stays just its title.
// Copying needs a browser, so the click is handled with the article's other browser-only parts
// (article-extras.tsx), which also say "Link copied".
export function CopyLinkButton({ title }: { title: string }) {
  const words = useWords()
  return (
    <button type="button" className="copy-link">
      <span aria-hidden="true">#</span>
      <span className="sr-only">{`${words.copyLink}: ${title}`}</span>
    </button>
  )
}
