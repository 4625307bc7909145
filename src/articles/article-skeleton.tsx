import { useWords } from '../lib/words/words-context.tsx'

// Holds the shape of an article while it loads, so nothing jumps when the text arrives.
export function ArticleSkeleton() {
  const words = useWords()
  return (
    // An article element, like the article it stands in for, so the page takes the article's
    // width while it loads and nothing moves sideways when the text arrives.
    <article aria-busy="true" className="space-y-8">
      <p role="status" aria-live="polite" className="sr-only">
        {words.loadingArticle}
      </p>
      <div aria-hidden="true" className="space-y-4">
        <div className="h-10 w-4/5 animate-pulse rounded bg-subtle" />
        <div className="h-6 w-3/5 animate-pulse rounded bg-subtle" />
        <div className="h-4 w-2/5 animate-pulse rounded bg-subtle" />
        <div className="h-16 animate-pulse rounded-lg bg-subtle" />
        {Array.from({ length: 6 }, (_, index) => (
          <div key={index} className="h-24 animate-pulse rounded bg-subtle" />
        ))}
      </div>
    </article>
  )
}
