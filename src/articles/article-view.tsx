import { Suspense, useCallback, useRef, type ReactNode } from 'react'
import { PageHeading } from '../components/page-heading.tsx'
import { AfterHydration } from '../components/after-hydration.tsx'
import { ArticleBlocks } from './article-blocks.tsx'
import { ArticleEnd } from './article-end.tsx'
import { ArticleExtras } from './article-extras.tsx'
import type { CopyLink } from './copied-link-status.tsx'
import type { Article } from './article-schema.ts'
import { AuthorLink } from './author-link.tsx'
import { ContentsNav } from './contents-nav.tsx'
import { CopyLinkButton } from './copy-link-button.tsx'
import { NeighbourLinks } from './neighbour-links.tsx'
import { PrintMasthead } from './print-masthead.tsx'
import { PictureSlot } from './picture-slot.tsx'
import { RichBlockSlot } from './rich-block-slot.tsx'
import { SectionBoundary } from './section-boundary.tsx'
import { formatReadingTime } from './reading-time-range.ts'
import { SummaryDisclosure, type SummaryControl } from './summary-disclosure.tsx'
import { useArticleText, type ArticleText } from './use-article-text.ts'

type Props = {
  article: Article
  // Fetches another article's data ahead of the reader following a link to it.
  prefetch: (slug: string) => void
  fetchAhead: (slug: string) => void
  // What other areas offer at the article's end (saving, sharing, listening): the route
  // composes them. They arrive after the first load, below the text, into a row whose height is
  // kept for them from the first paint, so their arrival moves nothing. They reach the
  // article's text through `text`, never by searching the document.
  actions?: (text: ArticleText) => ReactNode
}

export function ArticleView({ article, prefetch, fetchAhead, actions }: Props) {
  const { words } = article
  const summary = useRef<SummaryControl>(null)
  const onSummaryKey = useCallback(() => summary.current?.toggleFromKeyboard(), [])
  const copyLink = useRef<CopyLink>(null)
  const onCopy = useCallback((id: string) => copyLink.current?.(id), [])
  // The byline's name is a link, so the sentence around it is cut at the name's place.
  const [bylineBefore, bylineAfter] = words.byline.split('{author}')
  const [text, headerRef, bodyRef] = useArticleText()
  return (
    <article lang={article.lang} dir={article.dir} className="article-layout">
      <header ref={headerRef} className="space-y-3 sm:space-y-4">
        <PrintMasthead path={`/articles/${article.slug}`} />
        <PageHeading announcement={article.title} className="headline">
          {article.title}
        </PageHeading>
        {article.standfirst ? <p className="standfirst">{article.standfirst}</p> : null}
        <p className="meta-line">
          {article.author ? (
            <span className="byline">
              {bylineBefore}
              <AuthorLink author={article.author} />
              {bylineAfter}
            </span>
          ) : null}
          <time dateTime={article.date}>{article.displayDate}</time>
          <span>{formatReadingTime(article.wordCount, words.readingTime, article.lang)}</span>
        </p>
        {article.image ? (
          <div className="lead-in-header">
            <PictureSlot kind="lead" image={article.image} />
          </div>
        ) : null}
      </header>
      {article.summary.points.length ? (
        <SummaryDisclosure ref={summary} summary={article.summary} />
      ) : null}
      {article.sections.length ? (
        <ContentsNav sections={article.sections} heading={text.element} />
      ) : null}
      <div ref={bodyRef} className="prose-body">
        <SectionBoundary>
          {article.image ? (
            // On a phone the lead image follows the first paragraph, so the article's first line
            // is on the first screen; the same image and files as the header's, shown instead.
            <>
              <ArticleBlocks blocks={article.opening.slice(0, 1)} />
              <div className="lead-in-body">
                <PictureSlot kind="lead" image={article.image} />
              </div>
              <ArticleBlocks blocks={article.opening.slice(1)} />
            </>
          ) : (
            <ArticleBlocks blocks={article.opening} />
          )}
        </SectionBoundary>
        {article.sections.map((section) => (
          <section key={section.id} aria-labelledby={section.id}>
            <div className="section-heading-row">
              <h2 id={section.id} className="section-heading">
                {section.title}
              </h2>
              <CopyLinkButton id={section.id} title={section.title} onCopy={onCopy} />
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
      {actions ? (
        <div className="article-actions print:hidden">
          <AfterHydration>
            <Suspense fallback={null}>{actions(text)}</Suspense>
          </AfterHydration>
        </div>
      ) : null}
      <ArticleEnd article={article} onIntent={prefetch} />
      <NeighbourLinks
        previous={article.previous}
        next={article.next}
        date={article.date}
        onIntent={prefetch}
      />
      {/* In the first load's own code, not a chunk of its own: a part that waits for its code
          behind a Suspense boundary is committed no sooner than 300 ms after its fallback, and
          the keyboard shortcuts are meant to answer as soon as the article is hydrated. */}
      <AfterHydration>
        <ArticleExtras
          slug={article.slug}
          previous={article.previous?.slug ?? null}
          next={article.next?.slug ?? null}
          fetchAhead={fetchAhead}
          onSummaryKey={onSummaryKey}
          copyLinkRef={copyLink}
        />
      </AfterHydration>
    </article>
  )
}
