import { Link } from 'wouter'
import { fill } from '../lib/words/count.ts'
import { useToolWords } from '../lib/words/use-tool-words.ts'
import { formatBytes, formatSavedAt } from './format-saved.ts'
import type { SavedArticle } from './saved-store.ts'

type Props = { articles: SavedArticle[]; onRemove?: (slug: string) => void }

export function SavedList({ articles, onRemove }: Props) {
  const { words, lang } = useToolWords()
  return (
    <ul className="divide-y divide-line">
      {articles.map((article) => (
        <li key={article.slug} className="flex flex-wrap items-center justify-between gap-2 py-4">
          <div className="space-y-1">
            <Link
              href={`/articles/${article.slug}`}
              lang={article.lang}
              dir={article.dir}
              className="link text-lg font-semibold"
            >
              {article.title}
            </Link>
            <SavedDetails
              article={article}
              lang={lang}
              on={words.savedOn}
              unknown={words.savedOnUnknown}
            />
          </div>
          {onRemove ? (
            <button
              type="button"
              className="rounded border border-line px-3 py-1"
              aria-label={fill(words.removeTitle, { title: article.title })}
              onClick={() => onRemove(article.slug)}
            >
              {words.remove}
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  )
}

type DetailsProps = { article: SavedArticle; lang: string; on: string; unknown: string }

// The size and when it was saved; the time is a <time>, so the sentence is cut at its place.
function SavedDetails({ article, lang, on, unknown }: DetailsProps) {
  const size = formatBytes(article.bytes, lang)
  const time = formatSavedAt(article.savedAt, lang)
  if (time === null) return <p className="text-sm text-muted">{fill(unknown, { size })}</p>
  const [before = '', after = ''] = fill(on, { size }).split('{time}')
  return (
    <p className="text-sm text-muted">
      {before}
      <time dateTime={article.savedAt}>{time}</time>
      {after}
    </p>
  )
}
