import type { TopicIndex } from '../articles/list-schemas.ts'
import { english } from '../lib/words/english.ts'
import { escapeAttribute } from './html-page.ts'
import { siteWordsBlock } from './site-words-block.ts'

export const needsJavaScript =
  'Search runs in your browser and needs JavaScript, which is turned off or could not run here.'

const rootElement = '<div id="lede-root"></div>'

// The search page's HTML: the app's shell, which finds the results in the browser, and for a
// browser that runs no script a page that says search needs it and offers the topics instead,
// rather than an empty page. It is inside <noscript>, so a reader with JavaScript never sees it,
// and the app renders over it.
export function searchShell(template: string, topics: TopicIndex): string {
  if (!template.includes(rootElement)) {
    throw new Error(`The page template has no empty ${rootElement}: run vite build first.`)
  }
  const links = topics
    .map(
      ({ slug, name }) =>
        `<li><a class="link" href="/topics/${escapeAttribute(encodeURIComponent(slug))}">${escapeAttribute(name)}</a></li>`,
    )
    .join('')
  const topicList = topics.length
    ? `<nav aria-label="${escapeAttribute(english.topics)}"><p>${escapeAttribute(english.browseTopics)}</p><ul class="mt-2 flex flex-wrap gap-x-4 gap-y-2">${links}</ul></nav>`
    : `<p><a class="link" href="/">${escapeAttribute(english.notFoundLatest)}</a></p>`
  const page = [
    '<noscript>',
    '<header class="site-header border-b border-line bg-page"><div class="page-frame flex h-(--lede-header-height) items-center gap-4"><a href="/" class="wordmark">Lede</a></div></header>',
    '<main id="lede-main" class="page-frame grid gap-6 py-6 sm:py-8">',
    `<h1 class="text-3xl font-bold">${escapeAttribute(english.search)}</h1>`,
    `<p>${escapeAttribute(needsJavaScript)}</p>`,
    topicList,
    '</main>',
    '</noscript>',
  ].join('')
  return template
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeAttribute(english.search)} – Lede</title>`)
    .replace(rootElement, `<div id="lede-root">${page}</div>${siteWordsBlock}`)
}
