import { Feed } from 'feed'
import { z } from 'zod/mini'
import type { Article } from '../articles/article-schema.ts'
import { feedPaths, siteFeedPath, topicFeedPath } from '../lib/feed-paths.ts'
import { authorPath, topicPath } from '../lib/name-slug.ts'
import { articleBodyHtml, escapeHtml } from './blocks-to-html.ts'
import type { Group } from './collection-pages.ts'

export const FEED_ITEMS = 50

export type FeedImage = { url: string; type: string; length?: number }
// The lead image of an article, where it has one, as a path on the site or an absolute URL.
export type ImageOf = (article: Article) => FeedImage | null

// An article's lead image as a feed shows it: the fallback file at its widest, which every
// feed reader can show. `sizeOf` gives the file's length in bytes, which RSS asks for.
export function leadImageOf(sizeOf: (path: string) => number | undefined): ImageOf {
  return (article) => {
    const file = article.image?.fallback.at(-1)
    if (!article.image || !file) return null
    return { url: file.src, type: article.image.type, length: sizeOf(file.src) }
  }
}

export type FeedChannel = { title: string; description: string; pagePath: string; feedPath: string }

function itemContent(article: Article, site: string, path: string): string {
  const summary = article.summary.points.length
    ? `<p><strong>${article.summary.source === 'editor' ? 'Summary' : 'Summary (generated)'}</strong></p><ul>${article.summary.points
        .map((point) => `<li>${escapeHtml(point.text)}</li>`)
        .join('')}</ul>`
    : ''
  return summary + articleBodyHtml(article, { site, articlePath: path })
}

const absolute = (site: string, url: string) => (/^https?:\/\//.test(url) ? url : `${site}${url}`)

// JSON Feed 1.1 names authors in a list and says the feed's language; the library writes 1.0.
const JsonFeedSchema = z.looseObject({
  version: z.string(),
  items: z.array(z.looseObject({ author: z.optional(z.unknown()) })),
})

function jsonFeed11(json: string, language: string | undefined): string {
  const feed = JsonFeedSchema.parse(JSON.parse(json))
  const items = feed.items.map(({ author, ...item }) =>
    author ? { ...item, authors: [author] } : item,
  )
  const upgraded = { ...feed, version: 'https://jsonfeed.org/version/1.1', language, items }
  return JSON.stringify(upgraded, null, 2)
}

/** RSS 2.0, Atom and JSON Feed 1.1 of the newest articles, with every address absolute. */
export function renderFeeds(
  channel: FeedChannel,
  articles: readonly Article[],
  site: string,
  imageOf: ImageOf = () => null,
): { rss: string; atom: string; json: string } {
  const newest = articles.slice(0, FEED_ITEMS)
  const paths = feedPaths(channel.feedPath)
  const languages = new Set(newest.map((article) => article.lang))
  const language = languages.size === 1 ? [...languages][0] : undefined
  const feed = new Feed({
    title: channel.title,
    description: channel.description,
    id: `${site}${channel.pagePath}`,
    link: `${site}${channel.pagePath}`,
    language,
    updated: newest[0] ? new Date(newest[0].date) : new Date(0),
    generator: false,
    favicon: `${site}/favicon.png`,
    copyright: 'Lede',
    author: { name: 'Lede', link: site },
    feedLinks: {
      rss: `${site}${paths.rss}`,
      atom: `${site}${paths.atom}`,
      json: `${site}${paths.json}`,
    },
  })
  for (const article of newest) {
    const path = `/articles/${article.slug}`
    const link = `${site}${path}`
    const image = imageOf(article)
    feed.addItem({
      title: article.title,
      id: link,
      guid: link,
      link,
      date: new Date(article.date),
      published: new Date(article.date),
      description: article.standfirst ?? article.summary.points[0]?.text ?? article.title,
      content: itemContent(article, site, path),
      // The library's JSON Feed fails on an empty author list, so an unsigned article has none.
      ...(article.author
        ? { author: [{ name: article.author, link: `${site}${authorPath(article.author)}` }] }
        : {}),
      category: article.tags.map((tag) => ({ name: tag, domain: `${site}${topicPath(tag)}` })),
      ...(image
        ? {
            enclosure: {
              url: absolute(site, image.url),
              type: image.type,
              length: image.length ?? 0,
            },
          }
        : {}),
    })
  }
  return { rss: feed.rss2(), atom: feed.atom1(), json: jsonFeed11(feed.json1(), language) }
}

// A feed and the slugs of the articles it carries. Planned from the list's items, so only these
// articles need reading in full, one feed's worth at a time.
export type PlannedFeed = { channel: FeedChannel; slugs: string[] }

type Slugged = Pick<Article, 'slug'>
type TopicGroup = Pick<Group, 'kind' | 'slug' | 'name'> & { articles: readonly Slugged[] }

const newestSlugs = (articles: readonly Slugged[]) =>
  articles.slice(0, FEED_ITEMS).map((article) => article.slug)

/** The site's feed and each topic's, with the newest articles of each. */
export function plannedFeeds(
  articles: readonly Slugged[],
  groups: readonly TopicGroup[],
): PlannedFeed[] {
  const site: PlannedFeed = {
    channel: {
      title: 'Lede',
      description: 'The latest articles on Lede.',
      pagePath: '/',
      feedPath: siteFeedPath,
    },
    slugs: newestSlugs(articles),
  }
  const topics = groups
    .filter((group) => group.kind === 'topic')
    .map((group) => ({
      channel: {
        title: `Lede: ${group.name}`,
        description: `The latest articles about ${group.name} on Lede.`,
        pagePath: topicPath(group.name),
        feedPath: topicFeedPath(group.slug),
      },
      slugs: newestSlugs(group.articles),
    }))
  return [site, ...topics]
}

/** A feed's RSS, Atom and JSON files, by path under the output folder. */
export function feedFiles(
  channel: FeedChannel,
  articles: readonly Article[],
  site: string,
  imageOf?: ImageOf,
): Map<string, string> {
  const feeds = renderFeeds(channel, articles, site, imageOf)
  const paths = feedPaths(channel.feedPath)
  // Files are named as the host will look them up: by the decoded address.
  return new Map([
    [decodeURIComponent(paths.rss.slice(1)), feeds.rss],
    [decodeURIComponent(paths.atom.slice(1)), feeds.atom],
    [decodeURIComponent(paths.json.slice(1)), feeds.json],
  ])
}
