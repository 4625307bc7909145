import { StrictMode, startTransition } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { App } from './app.tsx'
import {
  ArticleLoadError,
  ArticleNotFoundError,
  PageInsteadOfDataError,
} from './articles/article-errors.ts'
import { readPageData, type PageData } from './articles/page-data.ts'
import { loadDataLayer, seedPage } from './articles/page-store.ts'
import { afterFirstLoad } from './lib/after-first-load.ts'
import './styles.css'
import { startingOverPrerenderedPage } from './lib/page-start.ts'
import {
  loadSiteWords,
  readSiteWords,
  siteWordsElementId,
  speaksSiteLanguage,
} from './lib/words/site-words.ts'
import type { Words } from './lib/words/words-schema.ts'

const root = document.getElementById('lede-root')
if (!root) throw new Error('Lede needs an element with the id lede-root')

// A missing article, a failed fetch or a page where data was expected is handled for the reader
// by an error boundary; it is not a fault of the app, so it is not logged as one.
const isExpected = (error: unknown) =>
  error instanceof ArticleNotFoundError ||
  error instanceof ArticleLoadError ||
  error instanceof PageInsteadOfDataError

const options = {
  onCaughtError: (error: unknown, info: { componentStack?: string }) => {
    if (!isExpected(error)) console.error(error, info.componentStack)
  },
}
const app = (siteWords: Words) => (
  <StrictMode>
    <App siteWords={siteWords} />
  </StrictMode>
)

// The site's words: in the page, or an English article's own, or (the dev server) loaded.
async function siteWordsFor(pageData: PageData | null): Promise<Words> {
  const inPage = readSiteWords(document.getElementById(siteWordsElementId))
  if (inPage) return inPage
  if (pageData?.kind === 'article' && speaksSiteLanguage(pageData.article.lang)) {
    return pageData.article.words
  }
  return loadSiteWords()
}

// A prerendered page is hydrated only at the address it was rendered for: a static host also
// serves the list's HTML for /?page=2 and the not-found page for any unknown path, and those
// are rendered afresh instead.
//
// The page is painted and readable before this runs, so starting up is done in steps, each its
// own task with the browser let in between: loading the code, reading the page's data, then
// hydrating (as a transition, which React works through in short slices). A phone's main thread
// is then never held for long in one go, and a tap or a scroll is answered in between.
async function start(container: HTMLElement) {
  await nextTask()
  const pageData = readPageData(document.getElementById('lede-data'))
  const here = window.location.pathname.replace(/(.)\/$/, '$1') + window.location.search
  const siteWords = await siteWordsFor(pageData)
  await nextTask()
  if (pageData && pageData.path === here) {
    seedPage(pageData)
    startingOverPrerenderedPage()
    startTransition(() => {
      hydrateRoot(container, app(siteWords), options)
    })
  } else {
    createRoot(container, options).render(app(siteWords))
  }
  // React now answers events on the page: src/boot.ts hands over the clicks it kept. A click on
  // a part not yet hydrated makes React hydrate it first, so none is lost or given twice.
  document.dispatchEvent(new Event('lede:started'))
  // The data layer, for the next page the reader opens: ready before they reach for it. Should
  // it fail to load, following a link asks for it again and says what went wrong.
  void afterFirstLoad()
    .then(loadDataLayer)
    .catch(() => undefined)
}

// The dev server's content watcher tells the page when articles change; a production build has
// no `import.meta.hot`, and drops this.
if (import.meta.hot) {
  const hot = import.meta.hot
  void import('./articles/dev-content-refresh.ts').then(({ refreshOnContentChange }) =>
    refreshOnContentChange(hot),
  )
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0))

void start(root)
