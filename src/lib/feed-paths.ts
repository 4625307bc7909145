// Where the feeds are: the site's under /feeds, each topic's under /feeds/topics/<topic>.
export const siteFeedPath = '/feeds'
export const topicFeedPath = (slug: string) => `/feeds/topics/${encodeURIComponent(slug)}`

export const feedPaths = (feedPath: string) => ({
  rss: `${feedPath}/rss.xml`,
  atom: `${feedPath}/atom.xml`,
  json: `${feedPath}/feed.json`,
})
