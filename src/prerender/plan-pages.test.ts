import { expect, test } from 'vitest'
import type { PageManifest } from './page-manifest.ts'
import { gonePages, planPages } from './plan-pages.ts'
import { articlePage } from './site-pages.ts'

const a = { ...articlePage('a.json'), stat: '1:10:100:1000' }
const b = { ...articlePage('b.json'), stat: '1:11:100:1000' }
const previous: PageManifest = {
  common: 'c1',
  pages: new Map([
    [a.relative, { key: 'ka', stat: a.stat }],
    [b.relative, { key: 'kb', stat: b.stat }],
  ]),
}
const plan = (overrides: Partial<Parameters<typeof planPages>[0]>) => {
  const { kept, jobs } = planPages({
    pages: [a, b],
    previous,
    common: 'c1',
    pending: new Set(),
    exists: () => true,
    ...overrides,
  })
  return { kept: [...kept.keys()], jobs: jobs.map((job) => [job.relative, job.previousKey]) }
}

test('a page whose data file has the stat it was read with is kept without reading it', () => {
  expect(plan({})).toEqual({ kept: [a.relative, b.relative], jobs: [] })
})

test('a data file with another stat is read, with the key to compare it against', () => {
  const edited = { ...a, stat: '1:12:100:2000' }
  expect(plan({ pages: [edited, b] })).toEqual({ kept: [b.relative], jobs: [[a.relative, 'ka']] })
})

test('a stat that was not kept, or a file with no stat, is read', () => {
  const unsettled: PageManifest = {
    common: 'c1',
    pages: new Map([...previous.pages, [a.relative, { key: 'ka', stat: null }]]),
  }
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
  })
})

test('a page that must always be rendered is never kept', () => {
  expect(plan({ pages: [{ ...a, always: true }, b] }).jobs).toEqual([[a.relative, 'ka']])
})

test('a page a stopped run may have been writing is read and rendered, its old key not trusted', () => {
  expect(plan({ pending: new Set([b.relative]) })).toEqual({
    kept: [a.relative],
    jobs: [[b.relative, null]],
  })
  expect(plan({ pending: 'all' }).jobs).toEqual([
    [a.relative, null],
    [b.relative, null],
  ])
})

test('pages gone since the last run include those a stopped run may have written', () => {
  const current = new Set([a.relative])
  expect(gonePages(previous, new Set(), current)).toEqual([b.relative])
  expect(gonePages(previous, new Set(['articles/z/index.html', a.relative]), current)).toEqual([
    b.relative,
    'articles/z/index.html',
  ])
})
