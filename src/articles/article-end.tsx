import { Link } from 'wouter'
import type { Article, ArticleRef } from './article-schema.ts'
import { authorPath, topicPath } from '../lib/name-slug.ts'
import { fill } from '../lib/words/count.ts'
import { useWords } from '../lib/words/words-context.tsx'

type Props = {
  article: Article
  // The reader points at or focuses a link to another article: its data can be fetched ahead.
  onIntent: (slug: string) => void
}

// The end of an article leads on: its topics, related reading, more from its author.
export function ArticleEnd({ article, onIntent }: Props) {
  const words = useWords()
  const related = article.related ?? []
  const more = article.moreByAuthor ?? []
  if (!article.tags.length && !related.length && !(article.author && more.length)) return null
  return (
    <aside aria-label={words.readOn} className="space-y-8 border-t border-line pt-6">
      {article.tags.length ? (
        <nav aria-labelledby="lede-topics-heading" className="space-y-2">
          <h2 id="lede-topics-heading" className="text-lg font-bold">
            {words.topics}
          </h2>
          <ul className="flex flex-wrap gap-2">
            {article.tags.map((tag) => (
              <li key={tag}>
                <Link
                  href={topicPath(tag)}
                  className="inline-block rounded-full border border-line px-3 py-1 text-sm hover:border-accent"
                >
                  {tag}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {related.length ? (
        <ArticleRefs
          id="lede-related-heading"
          heading={words.relatedReading}
          refs={related}
          onIntent={onIntent}
        />
      ) : null}
      {article.author && more.length ? (
        <div className="space-y-2">
          <ArticleRefs
            id="lede-more-heading"
            heading={fill(words.moreFrom, { author: article.author })}
            refs={more}
            onIntent={onIntent}
          />
          <Link href={authorPath(article.author)} className="link text-sm">
            {fill(words.everyArticleBy, { author: article.author })}
          </Link>
        </div>
      ) : null}
    </aside>
  )
}

type RefsProps = {
  id: string
  heading: string
  refs: ArticleRef[]
  onIntent: (slug: string) => void
}

function ArticleRefs({ id, heading, refs, onIntent }: RefsProps) {
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h2 id={id} className="text-lg font-bold">
        {heading}
      </h2>
      <ul className="space-y-2">
        {refs.map((ref) => (
          <li key={ref.slug}>
            <Link
              href={`/articles/${ref.slug}`}
              onPointerEnter={() => onIntent(ref.slug)}
              onFocus={() => onIntent(ref.slug)}
              className="link font-semibold"
            >
              {ref.title}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}
