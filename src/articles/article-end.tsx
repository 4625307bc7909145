import { Link } from 'wouter'
import type { Article, ArticleRef } from './article-schema.ts'
import { authorPath, topicPath } from '../lib/name-slug.ts'

export function AuthorLink({ author }: { author: string }) {
  return (
    <Link href={authorPath(author)} className="link" rel="author">
      {author}
    </Link>
  )
}

// The end of an article leads on: its topics, related reading, more from its author.
export function ArticleEnd({ article }: { article: Article }) {
  const related = article.related ?? []
  const more = article.moreByAuthor ?? []
  return (
    <aside aria-label="Read on" className="space-y-8 border-t border-line pt-6">
      {article.tags.length ? (
        <nav aria-labelledby="lede-topics-heading" className="space-y-2">
          <h2 id="lede-topics-heading" lang="en" dir="ltr" className="text-lg font-bold">
            Topics
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
        <ArticleRefs id="lede-related-heading" heading="Related reading" refs={related} />
      ) : null}
      {article.author && more.length ? (
        <div className="space-y-2">
          <ArticleRefs id="lede-more-heading" heading={`More from ${article.author}`} refs={more} />
          <Link href={authorPath(article.author)} className="link text-sm">
            Every article by {article.author}
          </Link>
        </div>
      ) : null}
    </aside>
  )
}

function ArticleRefs({ id, heading, refs }: { id: string; heading: string; refs: ArticleRef[] }) {
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h2 id={id} className="text-lg font-bold">
        {heading}
      </h2>
      <ul className="space-y-2">
        {refs.map((ref) => (
          <li key={ref.slug}>
            <Link href={`/articles/${ref.slug}`} className="link font-semibold">
              {ref.title}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}
