import { lazy, Suspense, type ReactNode } from 'react'
import { PageHeading } from '../components/page-heading.tsx'
import { AfterHydration } from '../components/after-hydration.tsx'
import { ArticleBlocks } from './article-blocks.tsx'
import type { Article } from './article-schema.ts'
import { ContentsNav } from './contents-nav.tsx'
import { CopyLinkButton } from './copy-link-button.tsx'
import { NeighbourLinks } from './neighbour-links.tsx'
import { PrintMasthead } from './print-masthead.tsx'
import { SectionBoundary } from './section-boundary.tsx'
import { formatReadingTime } from './reading-time-range.ts'
import { SummaryDisclosure } from './summary-disclosure.tsx'

const ArticleExtras = lazy(() =>
  import('./article-extras.tsx').then((module) => ({ default: module.ArticleExtras })),
)

// `actions` are what other areas offer at the article's end (saving, sharing, listening): the
// route composes them. They appear after hydration, below the text, so they never move it.
export function ArticleView({ article, actions }: { article: Article; actions?: ReactNode }) {
  return (
    <article lang={article.lang} dir={article.dir} className="article-layout">
      <header className="space-y-3 sm:space-y-4">
        <PrintMasthead path={`/articles/${article.slug}`} />
        <PageHeading announcement={article.title} className="headline">
          {article.title}
        </PageHeading>
        {article.standfirst ? <p className="standfirst">{article.standfirst}</p> : null}
        <p className="meta-line">
          {article.author ? <span className="byline">By {article.author}</span> : null}
          <time dateTime={article.date}>{article.displayDate}</time>
          <span lang="en" dir="ltr">
            {formatReadingTime(article.wordCount)}
          </span>
        </p>
      </header>
      <SummaryDisclosure summary={article.summary} />
      {article.sections.length ? <ContentsNav sections={article.sections} /> : null}
      <div className="prose-body">
        <SectionBoundary>
          <ArticleBlocks blocks={article.opening} />
        </SectionBoundary>
        {article.sections.map((section) => (
          <section key={section.id} aria-labelledby={section.id}>
            <div className="section-heading-row">
              <h2 id={section.id} className="section-heading">
                {section.title}
              </h2>
              <CopyLinkButton title={section.title} />
            </div>
            <SectionBoundary>
              <ArticleBlocks blocks={section.blocks} />
            </SectionBoundary>
          </section>
        ))}
      </div>
      <AfterHydration>
        <Suspense fallback={null}>{actions}</Suspense>
      </AfterHydration>
      <NeighbourLinks previous={article.previous} next={article.next} />
      <AfterHydration>
        <Suspense fallback={null}>
          <ArticleExtras
            slug={article.slug}
            previous={article.previous?.slug ?? null}
            next={article.next?.slug ?? null}
          />
        </Suspense>
      </AfterHydration>
    </article>
  )
}
