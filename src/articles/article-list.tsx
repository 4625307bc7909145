import { Suspense, type ReactNode } from 'react'
import { Link } from 'wouter'
import { AfterHydration } from '../components/after-hydration.tsx'
import { useSpeech } from '../lib/words/words-context.tsx'
import type { ArticleListItem } from './list-schemas.ts'
import { formatReadingTime } from './reading-time-range.ts'
import { PictureSlot } from './picture-slot.tsx'

type Props = {
  articles: ArticleListItem[]
  // What other areas show beside each article (a read mark, saving it): the route composes it.
  // It arrives after the first load, on a line of its own whose height is kept for it from the
  // first paint (one line of small text), so the list never moves, however narrow the screen.
  tools?: (article: ArticleListItem) => ReactNode
  // Under the page's heading each headline is an h2; under a section of a page, an h3.
  headingLevel?: 2 | 3
}

export function ArticleList({ articles, tools, headingLevel = 2 }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  // The reading time is the page's chrome, in the page's language, beside the article's words.
  const { words, lang, dir } = useSpeech()
  return (
    <ol className="article-list divide-y divide-line">
      {articles.map((article) => (
        <li key={article.slug} className="py-5">
          <article lang={article.lang} dir={article.dir} className="list-entry">
            <Heading className="text-xl font-semibold">
              <Link href={`/articles/${article.slug}`} className="hover:underline">
                {article.title}
              </Link>
            </Heading>
            {article.standfirst ? <p className="text-muted">{article.standfirst}</p> : null}
            <p className="flex flex-wrap gap-x-3 text-sm text-muted">
              {article.author ? <span>{article.author}</span> : null}
              {article.tags?.[0] ? <span>{article.tags[0]}</span> : null}
              <time dateTime={article.date}>{article.displayDate}</time>
              <span lang={lang} dir={dir}>
                {formatReadingTime(article.wordCount, words.readingTime, lang)}
              </span>
            </p>
            {/* After the words, so the headline is read first; the grid draws it beside them. */}
            {article.image ? <PictureSlot kind="thumbnail" picture={article.image} /> : null}
            {tools ? (
              <div className="min-h-5 text-sm">
                <AfterHydration>
                  <Suspense fallback={null}>{tools(article)}</Suspense>
                </AfterHydration>
              </div>
            ) : null}
          </article>
        </li>
      ))}
    </ol>
  )
}
