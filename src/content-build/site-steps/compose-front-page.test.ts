import { expect, test } from 'vitest'
import type { DraftArticle } from '../article-draft.ts'
import { startSite } from '../site-draft.ts'
import { composeFrontPage, FEATURED_WINDOW, SECTION_SIZE } from './compose-front-page.ts'
import { linkNeighbours } from './link-neighbours.ts'
import { paginateList } from './paginate-list.ts'
import { draftFor } from './site-fixture.ts'
import { writeCollectionPages } from './write-collection-pages.ts'

// Drafts are given newest first: day 28, 27, ... so the order is the order written.
const dated = (index: number, slug: string, fields: Partial<DraftArticle> = {}) =>
  draftFor(slug, { date: `2026-10-${String(28 - index).padStart(2, '0')}`, ...fields })

const front = (drafts: DraftArticle[]) => {
  const steps = [linkNeighbours, paginateList, writeCollectionPages, composeFrontPage]
  const site = steps.reduce((draft, step) => step(draft).draft, startSite(drafts))
  return site.listPages[0]?.front
}

const slugs = (items: readonly { slug: string }[] | undefined) => items?.map((item) => item.slug)

const plain = (count: number) => Array.from({ length: count }, (_, i) => dated(i, `story-${i}`))

test('without a featured story the newest leads, and the tier is the next four', () => {
  const page = front(plain(8))
  expect(page?.lead.slug).toBe('story-0')
  expect(slugs(page?.tier)).toEqual(['story-1', 'story-2', 'story-3', 'story-4'])
})

test('the newest featured story leads, and the tier does not repeat it', () => {
  const drafts = plain(8)
  drafts[2] = dated(2, 'story-2', { featured: true })
  drafts[5] = dated(5, 'story-5', { featured: true })
  const page = front(drafts)
  expect(page?.lead.slug).toBe('story-2')
  expect(slugs(page?.tier)).toEqual(['story-0', 'story-1', 'story-3', 'story-4'])
})

test('a featured story older than the newest page of articles no longer leads', () => {
  const drafts = Array.from({ length: FEATURED_WINDOW + 1 }, (_, i) =>
    draftFor(`story-${i}`, {
      date: new Date(Date.UTC(2026, 9, 28 - i)).toISOString().slice(0, 10),
      featured: i === FEATURED_WINDOW,
    }),
  )
  expect(front(drafts)?.lead.slug).toBe('story-0')
})

test('list items carry what a list shows, not the article', () => {
  const page = front(plain(2))
  expect(page?.lead).not.toHaveProperty('opening')
  expect(page?.lead).not.toHaveProperty('featured')
})

test('topic sections come from the most used topics, newest first, with no story shown twice', () => {
  const drafts = [
    dated(0, 'lead', { tags: ['City'] }),
    dated(1, 'tier-1', { tags: ['City'] }),
    dated(2, 'tier-2', { tags: ['Sea'] }),
    dated(3, 'tier-3', { tags: ['City'] }),
    dated(4, 'tier-4', { tags: ['City'] }),
    ...Array.from({ length: SECTION_SIZE + 1 }, (_, i) =>
      dated(5 + i, `city-${i}`, { tags: ['City', 'Sea'] }),
    ),
    dated(11, 'sea-1', { tags: ['Sea'] }),
    dated(12, 'sea-2', { tags: ['Sea'] }),
    dated(13, 'alone', { tags: ['Weather'] }),
  ]
  const page = front(drafts)
  expect(page?.sections.map((section) => [section.name, slugs(section.articles)])).toEqual([
    ['City', ['city-0', 'city-1', 'city-2', 'city-3']],
    ['Sea', ['city-4', 'sea-1', 'sea-2']],
  ])
  const everyStory = [
    page?.lead,
    ...(page?.tier ?? []),
    ...(page?.sections ?? []).flatMap((s) => s.articles),
  ]
  expect(new Set(slugs(everyStory.flatMap((item) => (item ? [item] : [])))).size).toBe(
    everyStory.length,
  )
})

test('a topic with fewer than two stories left is passed over', () => {
  const drafts = [
    ...plain(5).map((draft) => ({ ...draft, tags: ['City'] })),
    dated(5, 'one-left', { tags: ['City'] }),
    dated(6, 'sea-1', { tags: ['Sea'] }),
    dated(7, 'sea-2', { tags: ['Sea'] }),
  ]
  expect(front(drafts)?.sections.map((section) => section.slug)).toEqual(['sea'])
})

test('only the first list page carries the front page, and an empty site has none', () => {
  expect(front([])).toBeUndefined()
  const steps = [linkNeighbours, paginateList, writeCollectionPages, composeFrontPage]
  const site = steps.reduce((draft, step) => step(draft).draft, startSite(plain(25)))
  expect(site.listPages[1]?.front).toBeUndefined()
})
