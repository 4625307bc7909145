import { Link } from 'wouter'
import { formatBytes, formatSavedAt } from './format-saved.ts'
import type { SavedArticle } from './saved-store.ts'

type Props = { articles: SavedArticle[]; onRemove?: (slug: string) => void }

export function SavedList({ articles, onRemove }: Props) {
  return (
    <ul className="divide-y divide-line">
      {articles.map((article) => (
        <li key={article.slug} className="flex flex-wrap items-center justify-between gap-2 py-4">
          <div className="space-y-1">
            <Link href={`/articles/${article.slug}`} className="link text-lg font-semibold">
              {article.title}
            </Link>
            <p className="text-sm text-muted">
              {formatBytes(article.bytes)}, saved{' '}
              <time dateTime={article.savedAt}>{formatSavedAt(article.savedAt)}</time>
            </p>
          </div>
          {onRemove ? (
            <button
              type="button"
              className="rounded border border-line px-3 py-1"
              aria-label={`Remove ${article.title}`}
              onClick={() => onRemove(article.slug)}
            >
              Remove
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  )
}
