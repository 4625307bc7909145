import { PageHeading } from '../components/page-heading.tsx'
import { formatDate } from '../lib/format-date.ts'
import { ArticleBlocks } from './article-blocks.tsx'
import type { Article } from './article-schema.ts'
import { ContentsNav } from './contents-nav.tsx'
import { NeighbourLinks } from './neighbour-links.tsx'
import { SectionBoundary } from './section-boundary.tsx'
import { formatReadingTime } from './reading-time-range.ts'
import { SummaryDisclosure } from './summary-disclosure.tsx'

export function ArticleView({ article }: { article: Article }) {
  return (
    <article lang={article.lang} dir={article.dir} className="space-y-8">
      <header className="space-y-4">
        <PageHeading
          announcement={article.title}
          className="text-3xl font-bold leading-tight sm:text-4xl"
        >
          {article.title}
        </PageHeading>
        {article.standfirst ? <p className="text-xl text-muted">{article.standfirst}</p> : null}
        <p className="flex flex-wrap gap-x-3 text-sm text-muted" dir="auto">
          {article.author ? <span>By {article.author}</span> : null}
          <time dateTime={article.date}>{formatDate(article.date, article.lang)}</time>
          <span lang="en" dir="ltr">
            {formatReadingTime(article.wordCount)}
          </span>
        </p>
      </header>
      <SummaryDisclosure summary={article.summary} />
      {article.sections.length ? <ContentsNav sections={article.sections} /> : null}
      <div className="prose-body space-y-5 text-lg leading-relaxed">
        <SectionBoundary>
          <ArticleBlocks blocks={article.opening} />
        </SectionBoundary>
        {article.sections.map((section) => (
          <section key={section.id} aria-labelledby={section.id} className="space-y-5">
            <h2 id={section.id} className="section-heading pt-4 text-2xl font-bold">
              {section.title}
            </h2>
            <SectionBoundary>
              <ArticleBlocks blocks={section.blocks} />
            </SectionBoundary>
          </section>
        ))}
      </div>
      <NeighbourLinks previous={article.previous} next={article.next} />
    </article>
  )
}
