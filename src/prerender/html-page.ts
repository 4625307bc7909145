import { articleDescription, listDescription, listTitle } from '../articles/page-meta.ts'
import type { PageData } from '../articles/page-data.ts'
import { collectionDescription, collectionTitle } from '../lib/collection-text.ts'
import { feedPaths, topicFeedPath } from '../lib/feed-paths.ts'
import { speaksSiteLanguage } from '../lib/words/site-words.ts'
import { fontPreloads } from './language-fonts.ts'
import { siteWordsBlock } from './site-words-block.ts'

export type Template = { head: string; body: string; tail: string }

// The server bundle's functions, passed in so this file never loads React itself.
export type Renderer = {
  renderPage: (path: string, data: PageData | null) => string
  serialisePageData: (data: PageData) => string
}

const rootElement = '<div id="lede-root"></div>'
const templateTitle = /<title>[^<]*<\/title>\s*/

// The template is split once, so writing ten thousand pages is string concatenation.
export function splitTemplate(html: string): Template {
  const headEnd = html.indexOf('</head>')
  const root = html.indexOf(rootElement)
  if (headEnd < 0 || root < 0) {
    throw new Error(
      `The page template has no empty ${rootElement}: it may be prerendered already. Run vite build first.`,
    )
  }
  return {
    head: html.slice(0, headEnd).replace(templateTitle, ''),
    body: html.slice(headEnd, root + rootElement.length - '</div>'.length),
    tail: html.slice(root + rootElement.length - '</div>'.length),
  }
}

// React writes a page's <title>, <meta> and <link> elements first; they belong in the head.
const leadingHeadTags = /^(?:<title>[^<]*<\/title>|<(?:meta|link)\b[^>]*\/>)*/

export function splitRenderedHead(html: string): { headTags: string; body: string } {
  const headTags = leadingHeadTags.exec(html)?.[0] ?? ''
  return { headTags, body: html.slice(headTags.length) }
}

export function escapeAttribute(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
}

type ShareImage = { src: string; width: number; height: number; alt: string }
type Share = {
  type: 'article' | 'website'
  title: string
  description: string
  date?: string
  image?: ShareImage
}

function shareOf(data: PageData): Share {
  if (data.kind === 'list') {
    return {
      type: 'website',
      title: listTitle(data.listPage.page),
      description: listDescription,
    }
  }
  if (data.kind === 'collection') {
    return {
      type: 'website',
      title: `${collectionTitle(data.collectionPage)} – Lede`,
      description: collectionDescription(data.collectionPage),
    }
  }
  const { article } = data
  // Link previews take one plain file: the widest of the lead image's fallback files.
  const widest = article.image?.fallback.at(-1)
  return {
    type: 'article',
    title: article.title,
    description: articleDescription(article),
    date: article.date,
    ...(article.image && widest
      ? {
          image: {
            src: widest.src,
            width: widest.width,
            height: Math.round((article.image.height * widest.width) / article.image.width),
            alt: article.image.alt,
          },
        }
      : {}),
  }
}

// The canonical address and the Open Graph tags are for crawlers and link previews, which read
// the first HTML only, so they are written here rather than by the app.
export function shareTags(data: PageData, site: string): string {
  const share = shareOf(data)
  const url = `${site}${data.path}`
  const meta = (property: string, content: string) =>
    `<meta property="${property}" content="${escapeAttribute(content)}"/>`
  return [
    `<link rel="canonical" href="${escapeAttribute(url)}"/>`,
    meta('og:type', share.type),
    meta('og:site_name', 'Lede'),
    meta('og:title', share.title),
    meta('og:description', share.description),
    meta('og:url', url),
    share.date ? meta('article:published_time', share.date) : '',
    share.image ? imageTags(share.image, site, meta) : '',
    topicFeedLinks(data),
  ].join('')
}

function imageTags(
  image: ShareImage,
  site: string,
  meta: (property: string, content: string) => string,
): string {
  return [
    meta('og:image', `${site}${image.src}`),
    meta('og:image:width', String(image.width)),
    meta('og:image:height', String(image.height)),
    image.alt ? meta('og:image:alt', image.alt) : '',
  ].join('')
}

// A topic page offers its own feeds beside the site's (which every page's template names).
function topicFeedLinks(data: PageData): string {
  if (data.kind !== 'collection' || data.collectionPage.kind !== 'topic') return ''
  const { name, slug } = data.collectionPage
  const paths = feedPaths(topicFeedPath(slug))
  const link = (type: string, format: string, href: string) =>
    `<link rel="alternate" type="${type}" title="${escapeAttribute(`Lede: ${name} (${format})`)}" href="${escapeAttribute(href)}"/>`
  return [
    link('application/rss+xml', 'RSS', paths.rss),
    link('application/atom+xml', 'Atom', paths.atom),
    link('application/feed+json', 'JSON Feed', paths.json),
  ].join('')
}

export function htmlPage(
  renderer: Renderer,
  template: Template,
  site: string,
  data: PageData | null,
  assetFiles: string[] = [],
): string {
  const path = data?.path ?? '/404'
  const { headTags, body } = splitRenderedHead(renderer.renderPage(path, data))
  const fonts = data?.kind === 'article' ? fontPreloads(data.article.lang, assetFiles) : ''
  const extraHead = data ? shareTags(data, site) + fonts : ''
  const pageBlock = data
    ? `<script type="application/json" id="lede-data">${renderer.serialisePageData(data)}</script>`
    : ''
  // An article in the site's language carries the site's words as its own.
  const ownWords = data?.kind === 'article' && speaksSiteLanguage(data.article.lang)
  const dataBlock = pageBlock + (ownWords ? '' : siteWordsBlock)
  return `${template.head}${headTags}${extraHead}\n  ${template.body}${body}${template.tail.replace('</div>', `</div>${dataBlock}`)}`
}
