import { lazy, Suspense } from 'react'
import { preloadable } from '../lib/preloadable.tsx'
import { PageHeading } from '../components/page-heading.tsx'
import { AfterHydration } from '../components/after-hydration.tsx'
import { ArticleBlocks } from './article-blocks.tsx'
import type { Article } from './article-schema.ts'
import { ContentsNav } from './contents-nav.tsx'
import { CopyLinkButton } from './copy-link-button.tsx'
import { NeighbourLinks } from './neighbour-links.tsx'
import { SectionBoundary } from './section-boundary.tsx'
import { formatReadingTime } from './reading-time-range.ts'
import { SummaryDisclosure } from './summary-disclosure.tsx'

const ArticleExtras = lazy(() =>
  import('./article-extras.tsx').then((module) => ({ default: module.ArticleExtras })),
)

// Links onward are rendered on the server and hydrated when their code arrives, after the rest.
const articleEnd = () => import('./article-end.tsx')
const ArticleEnd = preloadable(() => articleEnd().then((m) => m.ArticleEnd))
const AuthorLink = preloadable(() => articleEnd().then((m) => m.AuthorLink))

export function ArticleView({ article }: { article: Article }) {
  return (
    <article lang={article.lang} dir={article.dir} className="article-layout">
      <header className="space-y-4">
        <PageHeading
          announcement={article.title}
          className="text-3xl font-bold leading-tight sm:text-4xl"
        >
          {article.title}
        </PageHeading>
        {article.standfirst ? <p className="text-xl text-muted">{article.standfirst}</p> : null}
        <p className="flex flex-wrap gap-x-3 text-sm text-muted" dir="auto">
          {article.author ? (
            <span>
              By{' '}
              <Suspense fallback={article.author}>
                <AuthorLink author={article.author} />
              </Suspense>
            </span>
          ) : null}
          <time dateTime={article.date}>{article.displayDate}</time>
          <span lang="en" dir="ltr">
            {formatReadingTime(article.wordCount)}
          </span>
        </p>
      </header>
      <SummaryDisclosure summary={article.summary} />
      {article.sections.length ? <ContentsNav sections={article.sections} /> : null}
      <div className="prose-body space-y-5 leading-relaxed">
        <SectionBoundary>
          <ArticleBlocks blocks={article.opening} />
        </SectionBoundary>
        {article.sections.map((section) => (
          <section key={section.id} aria-labelledby={section.id} className="space-y-5">
            <div className="section-heading-row">
              <h2 id={section.id} className="section-heading text-2xl font-bold">
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
      <Suspense fallback={null}>
        <ArticleEnd article={article} />
      </Suspense>
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
