import type { ReactNode } from 'react'
import { Link } from 'wouter'
import { PageHeading } from '../components/page-heading.tsx'
import { collectionPath } from '../lib/collection-path.ts'
import { ArticleList } from './article-list.tsx'
import { FrontStory } from './front-story.tsx'
import type { ArticleListPage, FrontPage } from './list-schemas.ts'
import type { StoryTools } from './story-tools.tsx'

type Props = {
  list: ArticleListPage
  front: FrontPage
  // The links to the list's other pages, which the route makes.
  pages: ReactNode
  tools?: StoryTools
}

const frontHeading = 'Front page'

// A tier of the front page: a section named by its h2, its stories h3s under it.
function Tier({ id, heading, children }: { id: string; heading: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="front-tier-heading">
        {heading}
      </h2>
      {children}
    </section>
  )
}

// The first page of the list is the front page: the lead, a tier of smaller stories and a
// section for each of the topics most written about, as the content build chose them. The list
// goes on below as "Latest", without the stories shown above, so each story is there once.
export function FrontPageView({ list, front, pages, tools }: Props) {
  const shown = new Set(
    [front.lead, ...front.tier, ...front.sections.flatMap((section) => section.articles)].map(
      (article) => article.slug,
    ),
  )
  const latest = list.articles.filter((article) => !shown.has(article.slug))
  return (
    <>
      {/* The stories' headlines say what the page is; the heading is for finding one's way. */}
      <PageHeading announcement={frontHeading} className="sr-only">
        {frontHeading}
      </PageHeading>
      <FrontTiers front={front} tools={tools} />
      {latest.length || list.pageCount > 1 ? (
        <Tier id="front-latest" heading="Latest">
          <ArticleList articles={latest} tools={tools} headingLevel={3} />
          {pages}
        </Tier>
      ) : null}
    </>
  )
}

function FrontTiers({ front, tools }: Pick<Props, 'front' | 'tools'>) {
  return (
    <div className="front-page space-y-8">
      <Tier id="front-lead" heading="Top story">
        <FrontStory article={front.lead} size="lead" tools={tools} />
      </Tier>
      {front.tier.length ? (
        <Tier id="front-tier" heading="More stories">
          <ul className="front-grid">
            {front.tier.map((article) => (
              <li key={article.slug}>
                <FrontStory article={article} size="tier" tools={tools} />
              </li>
            ))}
          </ul>
        </Tier>
      ) : null}
      {front.sections.length ? (
        <div className="front-sections">
          {front.sections.map((section, index) => (
            <Tier
              key={section.slug}
              id={`front-topic-${index + 1}`}
              heading={
                <Link href={collectionPath('topic', section.slug)} className="hover:underline">
                  {section.name}
                </Link>
              }
            >
              <ul className="divide-y divide-line">
                {section.articles.map((article) => (
                  <li key={article.slug} className="py-2 first:pt-0">
                    <FrontStory article={article} size="section" tools={tools} />
                  </li>
                ))}
              </ul>
            </Tier>
          ))}
        </div>
      ) : null}
    </div>
  )
}
