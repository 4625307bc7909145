import { expect, test } from 'vitest'
import type { PageManifest } from './page-manifest.ts'
import { planPages } from './plan-pages.ts'
import { articlePage } from './site-pages.ts'

const a = { ...articlePage('a.json'), stat: '1:10:100:1000' }
const b = { ...articlePage('b.json'), stat: '1:11:100:1000' }
const previous: PageManifest = {
  common: 'c1',
  relatives: [a.relative, b.relative],
  keys: ['ka', 'kb'],
  stats: [a.stat, b.stat],
}
const plan = (overrides: Partial<Parameters<typeof planPages>[0]>) => {
  const { next, jobs, gone } = planPages({
    pages: [a, b],
    previous,
    common: 'c1',
    pending: new Set(),
    exists: () => true,
    ...overrides,
  })
  const kept = next.relatives.filter((_, index) => next.keys[index] !== '')
  return { kept, jobs: jobs.map((job) => [job.relative, job.previousKey]), gone }
}

test('a page whose data file has the stat it was read with is kept without reading it', () => {
  expect(plan({})).toEqual({ kept: [a.relative, b.relative], jobs: [], gone: [] })
})

test('a data file with another stat is read, with the key to compare it against', () => {
  const edited = { ...a, stat: '1:12:100:2000' }
  expect(plan({ pages: [edited, b] })).toEqual({
    kept: [b.relative],
    jobs: [[a.relative, 'ka']],
    gone: [],
  })
})

test('a stat that was not kept, or a file with no stat, is read', () => {
  const unsettled: PageManifest = { ...previous, stats: [null, b.stat] }
  expect(plan({ previous: unsettled }).jobs).toEqual([[a.relative, 'ka']])
  expect(plan({ pages: [{ ...a, stat: null }, b] }).jobs).toEqual([[a.relative, 'ka']])
})

test('when what every page shares has changed, every page is read', () => {
  expect(plan({ common: 'c2' }).kept).toEqual([])
  // A manifest from before stats were kept says nothing of what the pages share.
  expect(plan({ previous: { ...previous, common: null } }).kept).toEqual([])
})

test('a page that is not on disk is read and rendered', () => {
  expect(plan({ exists: (relative) => relative !== b.relative })).toEqual({
    kept: [a.relative],
    jobs: [[b.relative, 'kb']],
    gone: [],
  })
})

test('a page that must always be rendered is never kept', () => {
  expect(plan({ pages: [{ ...a, always: true }, b] }).jobs).toEqual([[a.relative, 'ka']])
})

test('a page a stopped run may have been writing is read and rendered, its old key not trusted', () => {
  expect(plan({ pending: new Set([b.relative]) })).toEqual({
    kept: [a.relative],
    jobs: [[b.relative, null]],
    gone: [],
  })
  expect(plan({ pending: 'all' }).jobs).toEqual([
    [a.relative, null],
    [b.relative, null],
  ])
})

test('pages found in another order than the last run wrote them are matched all the same', () => {
  const c = { ...articlePage('c.json'), stat: '1:13:100:1000' }
  const reordered: PageManifest = {
    common: 'c1',
    relatives: [b.relative, c.relative, a.relative],
    keys: ['kb', 'kc', 'ka'],
    stats: [b.stat, c.stat, a.stat],
  }
  expect(plan({ pages: [a, c, b], previous: reordered })).toEqual({
    kept: [a.relative, c.relative, b.relative],
    jobs: [],
    gone: [],
  })
})

test('the next manifest has a place for every page in the order of the pages, a job’s empty', () => {
  const edited = { ...b, stat: '1:12:100:2000' }
  const { next, jobs, slots } = planPages({
    pages: [edited, a],
    previous,
    common: 'c1',
    pending: new Set(),
    exists: () => true,
  })
  expect(next).toEqual({
    common: 'c1',
    relatives: [b.relative, a.relative],
    keys: ['', 'ka'],
    stats: [null, a.stat],
  })
  expect(jobs.map((job) => job.relative)).toEqual([b.relative])
  expect(slots).toEqual([0])
})

test('pages gone since the last run include those a stopped run may have written', () => {
  expect(plan({ pages: [a] }).gone).toEqual([b.relative])
  const pending = new Set(['articles/z/index.html', a.relative])
  expect(plan({ pages: [a], pending }).gone).toEqual([b.relative, 'articles/z/index.html'])
  // A page no run wrote is not gone, nor is one a page still stands for.
  expect(plan({ pages: [a, b], pending: new Set([b.relative]) }).gone).toEqual([])
})
