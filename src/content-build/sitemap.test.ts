import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { expect, test } from 'vitest'
import { articleFixture } from './article-fixture.ts'
import { groupArticles } from './collection-pages.ts'
import { robotsTxt, SITEMAP_LIMIT, sitemapFiles, sitemapUrls } from './sitemap.ts'

const site = 'https://lede.example'
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' })

const articles = [
  articleFixture({
    slug: 'a',
    date: '2026-11-19T09:30:00Z',
    tags: ['city'],
    author: 'Helen Marsh',
  }),
  articleFixture({ slug: 'b', date: '2026-11-01', tags: ['νησί'] }),
]

test('the sitemap lists the list, every article, topic and author page, with lastmod', () => {
  const urls = sitemapUrls(articles, groupArticles(articles))
  expect(urls).toEqual([
    { path: '/', lastmod: '2026-11-19' },
    { path: '/articles/a', lastmod: '2026-11-19' },
    { path: '/articles/b', lastmod: '2026-11-01' },
    { path: '/authors/helen-marsh', lastmod: '2026-11-19' },
    { path: '/topics/city', lastmod: '2026-11-19' },
    { path: `/topics/${encodeURIComponent('νησί')}`, lastmod: '2026-11-01' },
  ])
  const xml = sitemapFiles(urls, site).get('sitemap.xml') ?? ''
  expect(XMLValidator.validate(xml)).toBe(true)
  const { urlset } = parser.parse(xml)
  expect(urlset['@xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9')
  expect(urlset.url[1]).toEqual({ loc: `${site}/articles/a`, lastmod: '2026-11-19' })
})

test('list items give the sitemap whole articles give: it needs only slugs, dates, topics and authors', () => {
  const items = articles.map(({ slug, date, tags, author }) => ({ slug, date, tags, author }))
  expect(sitemapUrls(items, groupArticles(items))).toEqual(
    sitemapUrls(articles, groupArticles(articles)),
  )
})

test('beyond the limit the sitemap is an index of parts, each with its newest lastmod', () => {
  const urls = ['01', '02', '03', '04', '05'].map((month, i) => ({
    path: `/articles/a${i}`,
    lastmod: `2026-${month}-01`,
  }))
  const files = sitemapFiles(urls, site, 2)
  expect([...files.keys()].sort()).toEqual([
    'sitemap-1.xml',
    'sitemap-2.xml',
    'sitemap-3.xml',
    'sitemap.xml',
  ])
  const index = parser.parse(files.get('sitemap.xml') ?? '').sitemapindex
  expect(index['@xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9')
  expect(index.sitemap).toEqual([
    { loc: `${site}/sitemap-1.xml`, lastmod: '2026-02-01' },
    { loc: `${site}/sitemap-2.xml`, lastmod: '2026-04-01' },
    { loc: `${site}/sitemap-3.xml`, lastmod: '2026-05-01' },
  ])
  expect(parser.parse(files.get('sitemap-2.xml') ?? '').urlset.url).toHaveLength(2)
  expect([...sitemapFiles(urls, site, 5).keys()]).toEqual(['sitemap.xml'])
})

test(`the protocol's limit is ${SITEMAP_LIMIT} URLs a file`, () => {
  const urls = Array.from({ length: SITEMAP_LIMIT + 1 }, (_, i) => ({
    path: `/articles/a${i}`,
    lastmod: '2026-01-01',
  }))
  const count = (xml = '') => xml.match(/<url>/g)?.length ?? 0
  const files = sitemapFiles(urls, site)
  expect(count(files.get('sitemap-1.xml'))).toBe(SITEMAP_LIMIT)
  expect(count(files.get('sitemap-2.xml'))).toBe(1)
  expect(files.get('sitemap.xml')).toContain('<sitemapindex')
  expect(sitemapFiles(urls.slice(0, SITEMAP_LIMIT), site).size).toBe(1)
})

test('robots.txt names the sitemap by its full address', () => {
  expect(robotsTxt(site)).toContain(`Sitemap: ${site}/sitemap.xml`)
})
