import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { expect, test } from 'vitest'
import { articleFixture } from './article-fixture.ts'
import { groupArticles } from './collection-pages.ts'
import { FEED_ITEMS, feedFiles, leadImageOf, plannedFeeds, renderFeeds } from './feeds.ts'

const site = 'https://lede.example'
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' })

const hostile = articleFixture({
  slug: 'otters',
  title: 'Otters <return> & "stay"',
  date: '2026-11-19',
  standfirst: 'Three territories.',
  author: 'Helen Marsh',
  tags: ['wildlife', 'μεταφορές'],
  opening: [
    {
      type: 'paragraph',
      id: 'p-1',
      children: [
        { type: 'text', text: '<script>alert(1)</script> ' },
        { type: 'link', href: '#why', children: [{ type: 'text', text: 'why' }] },
      ],
    },
  ],
  sections: [{ id: 'why', title: 'Why', blocks: [] }],
})
const articles = [
  hostile,
  ...Array.from({ length: 60 }, (_, i) =>
    articleFixture({ slug: `older-${i}`, date: `2026-0${1 + (i % 9)}-01` }),
  ),
]
const channel = { title: 'Lede', description: 'Latest', pagePath: '/', feedPath: '/feeds' }

test('RSS 2.0 has its required elements, absolute links, guids and the newest 50 items', () => {
  const { rss } = renderFeeds(channel, articles, site, (article) =>
    article.slug === 'otters'
      ? { url: '/images/otters.jpg', type: 'image/jpeg', length: 1200 }
      : null,
  )
  expect(XMLValidator.validate(rss)).toBe(true)
  const doc = parser.parse(rss)
  expect(doc.rss['@version']).toBe('2.0')
  const { channel: out } = doc.rss
  expect(out.title).toBe('Lede')
  expect(out.link).toBe(`${site}/`)
  expect(out.description).toBe('Latest')
  expect(out.item).toHaveLength(FEED_ITEMS)
  const [first] = out.item
  expect(first.title).toBe('Otters <return> & "stay"')
  expect(first.link).toBe(`${site}/articles/otters`)
  expect(first.guid['#text']).toBe(`${site}/articles/otters`)
  expect(first.description).toBe('Three territories.')
  expect(first.enclosure).toMatchObject({
    '@url': `${site}/images/otters.jpg`,
    '@type': 'image/jpeg',
    '@length': '1200',
  })
  // The full article is escaped HTML made from the blocks: the author's markup stays text.
  const content: string = first['content:encoded']
  expect(content).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
  expect(content).not.toContain('<script>')
  expect(content).toContain(`<a href="${site}/articles/otters#why">why</a>`)
  expect(content).toContain('<h2 id="why">Why</h2>')
})

test('Atom has its required elements for the feed and each entry', () => {
  const { atom } = renderFeeds(channel, articles, site)
  expect(XMLValidator.validate(atom)).toBe(true)
  const { feed } = parser.parse(atom)
  expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom')
  for (const field of ['id', 'title', 'updated']) expect(feed[field]).toBeTruthy()
  expect(feed.author.name).toBe('Lede')
  expect(feed.entry).toHaveLength(FEED_ITEMS)
  const [first] = feed.entry
  expect(first.id).toBe(`${site}/articles/otters`)
  expect(first.title['#text'] ?? first.title).toBe('Otters <return> & "stay"')
  expect(first.updated).toMatch(/^2026-11-19T/)
  expect(first.link['@href']).toBe(`${site}/articles/otters`)
  expect(first.author.name).toBe('Helen Marsh')
})

test('JSON Feed 1.1 has its version, title, items with ids, and authors as a list', () => {
  const json = JSON.parse(renderFeeds(channel, articles, site).json)
  expect(json.version).toBe('https://jsonfeed.org/version/1.1')
  expect(json.title).toBe('Lede')
  expect(json.home_page_url).toBe(`${site}/`)
  expect(json.feed_url).toBe(`${site}/feeds/feed.json`)
  expect(json.items).toHaveLength(FEED_ITEMS)
  expect(json.items[0]).toMatchObject({
    id: `${site}/articles/otters`,
    url: `${site}/articles/otters`,
    authors: [{ name: 'Helen Marsh' }],
  })
  expect(json.items[0].author).toBeUndefined()
  expect(json.items[0].content_html).toContain('&lt;script&gt;')
})

test('there are feeds for the site and for each topic, not for authors', () => {
  const plans = plannedFeeds(articles, groupArticles(articles))
  expect(plans.map((plan) => plan.channel.feedPath)).toEqual([
    '/feeds',
    '/feeds/topics/wildlife',
    `/feeds/topics/${encodeURIComponent('μεταφορές')}`,
  ])
  expect(plans[1]?.channel).toMatchObject({ title: 'Lede: wildlife', pagePath: '/topics/wildlife' })
})

test('a planned feed names only the newest articles it carries, from small list items', () => {
  // List items carry no text: planning needs slugs, topics and authors only.
  const items = Array.from({ length: FEED_ITEMS + 20 }, (_, i) => ({
    slug: `item-${i}`,
    tags: i % 2 ? ['harbour'] : ['harbour', 'tides'],
    author: 'Helen Marsh',
  }))
  const [site, harbour, tides, ...rest] = plannedFeeds(items, groupArticles(items))
  expect(rest).toEqual([])
  expect(site?.slugs).toEqual(items.slice(0, FEED_ITEMS).map((item) => item.slug))
  expect(harbour?.channel.feedPath).toBe('/feeds/topics/harbour')
  expect(harbour?.slugs).toHaveLength(FEED_ITEMS)
  expect(tides?.slugs).toEqual(
    items
      .filter((_, i) => i % 2 === 0)
      .slice(0, FEED_ITEMS)
      .map((item) => item.slug),
  )
})

test("a feed's files are its RSS, Atom and JSON, named by the decoded address", () => {
  const [, , greek] = plannedFeeds(articles, groupArticles(articles))
  if (!greek) throw new Error('no feed for the Greek topic')
  const files = feedFiles(greek.channel, [hostile], site)
  expect([...files.keys()]).toEqual([
    'feeds/topics/μεταφορές/rss.xml',
    'feeds/topics/μεταφορές/atom.xml',
    'feeds/topics/μεταφορές/feed.json',
  ])
  const topic = parser.parse(files.get('feeds/topics/μεταφορές/rss.xml') ?? '')
  expect(topic.rss.channel.link).toBe(`${site}/topics/${encodeURIComponent('μεταφορές')}`)
  expect(topic.rss.channel.item.link).toBe(`${site}/articles/otters`)
  expect(JSON.parse(files.get('feeds/topics/μεταφορές/feed.json') ?? '').title).toBe(
    'Lede: μεταφορές',
  )
})

test("an article's lead image is its item's enclosure: the widest fallback file, with its size", () => {
  const file = (ext: string, width: number) => ({ src: `/images/otter-abc-${width}.${ext}`, width })
  const article = articleFixture({
    slug: 'otters',
    image: {
      alt: 'An otter',
      src: '/images/otter-abc-800.png',
      width: 1200,
      height: 675,
      type: 'image/png',
      avif: [file('avif', 1200)],
      webp: [file('webp', 1200)],
      fallback: [file('png', 800), file('png', 1200)],
      caption: null,
      credit: null,
    },
  })
  const imageOf = leadImageOf((path) => (path === '/images/otter-abc-1200.png' ? 5120 : undefined))
  expect(imageOf(article)).toEqual({
    url: '/images/otter-abc-1200.png',
    type: 'image/png',
    length: 5120,
  })
  expect(imageOf(articleFixture({ slug: 'plain' }))).toBeNull()
})
