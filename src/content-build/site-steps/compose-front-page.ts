import { FrontPageSchema, type FrontPage } from '../../articles/list-schemas.ts'
import { nameSlug } from '../../lib/name-slug.ts'
import type { ArticleHead } from '../article-parts.ts'
import type { StepResult } from '../run-steps.ts'
import type { Group, SiteDraft } from '../site-draft.ts'
import { LIST_PAGE_SIZE } from './paginate-list.ts'

// A featured story leads only while it is among the newest articles (the first list page's), so
// a mark nobody removed never holds the top of the page for good.
export const FEATURED_WINDOW = LIST_PAGE_SIZE
export const TIER_SIZE = 4
// Topics are ranked by how many of the newest articles carry them: what the news is about now.
export const TOPIC_WINDOW = 50
export const SECTION_COUNT = 3
export const SECTION_SIZE = 4
// A topic with fewer stories left to show than this is passed over: a section of one is a list.
export const SECTION_MIN = 2
// At most this many topics are tried, so the step's cost does not grow with the collection.
const TOPICS_TRIED = 12

// The first `count` articles of a list, newest first, that the page does not show yet. The lists
// are newest first already, so this reads only their heads.
function unshown(articles: readonly ArticleHead[], count: number, shown: ReadonlySet<string>) {
  const picked: ArticleHead[] = []
  for (const article of articles) {
    if (picked.length === count) break
    if (!shown.has(article.slug)) picked.push(article)
  }
  return picked
}

// Topics of the newest articles, most used first; a tie goes to the topic used most recently.
function rankTopics(newest: readonly ArticleHead[]): string[] {
  const counts = new Map<string, number>()
  for (const article of newest) {
    for (const slug of new Set(article.tags.map(nameSlug))) {
      if (slug) counts.set(slug, (counts.get(slug) ?? 0) + 1)
    }
  }
  // The sort is stable and the map keeps first use, which in this order is the newest.
  return [...counts].sort((a, b) => b[1] - a[1]).map(([slug]) => slug)
}

// The lead is the newest featured article among the newest, or else the newest article. The
// tier is the next newest, then each topic section takes its newest stories not shown above it,
// so no story appears twice on the page.
export function chooseFrontPage(
  articles: readonly ArticleHead[],
  topics: ReadonlyMap<string, Group>,
): FrontPage | undefined {
  const lead = articles.slice(0, FEATURED_WINDOW).find((article) => article.featured) ?? articles[0]
  if (!lead) return undefined
  const shown = new Set([lead.slug])
  const tier = unshown(articles, TIER_SIZE, shown)
  for (const article of tier) shown.add(article.slug)
  const sections: FrontPage['sections'] = []
  for (const slug of rankTopics(articles.slice(0, TOPIC_WINDOW)).slice(0, TOPICS_TRIED)) {
    if (sections.length === SECTION_COUNT) break
    const group = topics.get(slug)
    if (!group) continue
    const stories = unshown(group.articles, SECTION_SIZE, shown)
    if (stories.length < SECTION_MIN) continue
    for (const article of stories) shown.add(article.slug)
    sections.push({ slug: group.slug, name: group.name, articles: stories })
  }
  // Parsing keeps only what a list item carries of each article.
  return FrontPageSchema.parse({ lead, tier, sections })
}

// The front page travels with the first list page, which the front page's address already loads.
// The page is checked whole by its schema when it is written (write-data-files.ts).
export function composeFrontPage(site: SiteDraft): StepResult<SiteDraft> {
  const [first, ...rest] = site.listPages
  const topics = new Map(
    site.groups.filter((group) => group.kind === 'topic').map((group) => [group.slug, group]),
  )
  const front = chooseFrontPage(site.articles, topics)
  if (!first || !front) return { draft: site }
  const listPages = [{ ...first, front }, ...rest]
  return { draft: { ...site, listPages } }
}
