import { expect, test } from 'vitest'
import { buildSite } from './build-site.ts'
import { formatProblem } from './content-problem.ts'
import type { Step } from './run-steps.ts'
import type { SiteDraft } from './site-draft.ts'
import { articleSteps } from './build-article.ts'
import { siteSteps } from './build-collection.ts'

const source = (slug: string, front: string, body = 'Some text.') => ({
  file: `content/articles/${slug}.md`,
  text: `---\n${front}\n---\n${body}\n`,
})
const summarise = () => [{ text: 'A point.', paragraphId: 'p-1' }]

test('builds every article and the collection, and lists the files to write', () => {
  const site = buildSite(
    [
      source('one', 'title: One\ndate: 2026-01-01'),
      source('two', 'title: Two\ndate: 2026-01-02', 'Text.\n\nSee [one](/articles/one).'),
    ],
    { summarise },
  )
  if ('problems' in site) throw new Error(site.problems.map(formatProblem).join('\n'))
  expect(site.articles.map((article) => article.slug)).toEqual(['two', 'one'])
  expect([...site.files.keys()]).toEqual([
    'topics.json',
    'list/1.json',
    'articles/two.json',
    'articles/one.json',
  ])
  const two = JSON.parse(site.files.get('articles/two.json') ?? '') as unknown
  expect(two).toEqual(site.articles[0])
  expect(site.articles[0]?.summary.points).toEqual([{ text: 'A point.', paragraphId: 'p-1' }])
})

test('problems of single files come first, then those of the collection, all in one run', () => {
  const site = buildSite(
    [
      source('bad', 'title: Bad\ndate: yesterday', '[gone](/articles/gone)'),
      source(
        'good',
        'title: Good\ndate: 2026-01-01',
        '[bad](/articles/bad) [gone](/articles/gone)',
      ),
    ],
    { summarise },
  )
  expect('problems' in site && site.problems.map(formatProblem)).toEqual([
    'content/articles/bad.md:3:7: date: must be an ISO 8601 date such as 2026-11-26',
    'content/articles/bad.md:5:1: link: /articles/gone is not an article in content/articles',
    'content/articles/good.md:5:22: link: /articles/gone is not an article in content/articles',
  ])
})

test('a step added to the lists runs in its place', () => {
  const addIndex: Step<SiteDraft> = (site) => ({
    draft: {
      ...site,
      files: new Map([...site.files, ['index.json', JSON.stringify(site.articles.length)]]),
    },
  })
  const defaults = articleSteps(summarise)
  const site = buildSite([source('one', 'title: One\ndate: 2026-01-01')], {
    summarise,
    articleSteps: {
      ...defaults,
      enriching: [
        ...defaults.enriching,
        (draft) => ({ draft: { ...draft, title: draft.title.toUpperCase() } }),
      ],
    },
    siteSteps: { ...siteSteps, assembling: [...siteSteps.assembling, addIndex] },
  })
  if ('problems' in site) throw new Error(site.problems.map(formatProblem).join('\n'))
  expect(site.articles[0]?.title).toBe('ONE')
  expect(site.files.get('index.json')).toBe('1')
})
