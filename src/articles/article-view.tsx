import { lazy, Suspense } from 'react'
import { PageHeading } from '../components/page-heading.tsx'
import { AfterHydration } from '../components/after-hydration.tsx'
import { ArticleBlocks } from './article-blocks.tsx'
import type { Article } from './article-schema.ts'
import { ContentsNav } from './contents-nav.tsx'
import { CopyLinkButton } from './copy-link-button.tsx'
import { NeighbourLinks } from './neighbour-links.tsx'
import { PrintMasthead } from './print-masthead.tsx'
import { RichBlockSlot } from './rich-block-slot.tsx'
import { SectionBoundary } from './section-boundary.tsx'
import { formatReadingTime } from './reading-time-range.ts'
import { SummaryDisclosure } from './summary-disclosure.tsx'

const ArticleExtras = lazy(() =>
  import('./article-extras.tsx').then((module) => ({ default: module.ArticleExtras })),
)

export function ArticleView({ article }: { article: Article }) {
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
      {article.summary.points.length ? <SummaryDisclosure summary={article.summary} /> : null}
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
        {article.footnotes?.length ? (
          <RichBlockSlot
            kind="footnotes"
            footnotes={article.footnotes}
            blocks={(inner) => <ArticleBlocks blocks={inner} />}
          />
        ) : null}
      </div>
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
