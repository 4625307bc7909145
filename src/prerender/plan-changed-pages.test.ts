import { expect, test } from 'vitest'
import { emptyManifest } from './page-manifest.ts'
import { pageOfData, planChangedPages } from './plan-changed-pages.ts'

test('each data file leads to the page made from it, or to none', () => {
  expect(pageOfData('articles/otters.json')?.relative).toBe('articles/otters/index.html')
  expect(pageOfData('topics/rivers/1.json')?.relative).toBe('topics/rivers/index.html')
  expect(pageOfData('authors/ada-byrne/3.json')?.relative).toBe(
    'authors/ada-byrne/page/3/index.html',
  )
  expect(pageOfData('list/1.json')?.relative).toBe('index.html')
  expect(pageOfData('topics.json')?.relative).toBe('search/index.html')
  expect(pageOfData('list/2.json')).toBeNull()
  expect(pageOfData('topics/rivers/notes.txt')).toBeNull()
})

const previous = {
  ...emptyManifest(),
  common: 'c',
  relatives: ['index.html', 'articles/a/index.html', 'articles/b/index.html'],
  keys: ['k0', 'ka', 'kb'],
  stats: ['s0', 'sa', 'sb'],
}

test('reads again only the pages of changed files and those rendered every run', () => {
  const plan = planChangedPages(previous, ['articles/b.json', 'list/7.json'], 'c')
  expect(plan?.jobs.map((job) => [job.relative, job.previousKey])).toEqual([
    ['index.html', 'k0'],
    ['articles/b/index.html', 'kb'],
  ])
  expect(plan?.next.keys).toEqual(['', 'ka', ''])
  expect(plan?.next.stats).toEqual([null, 'sa', null])
  expect(plan?.gone).toEqual([])
})

test('a changed file of a page the last run did not make needs a survey', () => {
  expect(planChangedPages(previous, ['articles/new.json'], 'c')).toBeNull()
})
