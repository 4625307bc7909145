import { lazy, Suspense, useCallback, useMemo, useState } from 'react'
import { Link, Route, Router, Switch, useLocation } from 'wouter'
import { articleReady, loadDataLayer } from './articles/page-store.ts'
import { useStoredArticle } from './articles/use-stored-article.ts'
import { dataFirstLocation } from './lib/data-first-location.ts'
import { NavigationContext } from './components/navigation-context.tsx'
import { ArticleSkeleton } from './articles/article-skeleton.tsx'
import type { CollectionKind } from './articles/list-schemas.ts'
import { preloadable } from './lib/preloadable.tsx'
import { siteDir, siteLang } from './lib/words/site-words.ts'
import { WordsContext, type Speech } from './lib/words/words-context.tsx'
import type { Words } from './lib/words/words-schema.ts'
import { ReadingSettingsMenu } from './settings/reading-settings-menu.tsx'
import { SearchLink } from './search/search-link.tsx'
import { ArticleRoute } from './routes/article-route.tsx'
import { NotFoundRoute } from './routes/not-found-route.tsx'
import { AfterHydration } from './components/after-hydration.tsx'
import { afterFirstLoad } from './lib/after-first-load.ts'
import { useChromeAway } from './lib/use-chrome-away.ts'

// Offline reading, the link to saved articles and new editions: loaded once the first load is
// over, never in it.
const OfflineSupport = lazy(() =>
  afterFirstLoad()
    .then(() => import('./offline/offline-support.tsx'))
    .then((module) => ({
      default: module.OfflineSupport,
    })),
)
const SavedRoute = lazy(() =>
  import('./routes/saved-route.tsx').then((module) => ({ default: module.SavedRoute })),
)

// The routes below (search, topics and authors, the list) read their data through React
// Query, which loads with them (seeded with the page's data first), never in an article's
// first load.
const withDataLayer = <Module,>(load: Promise<Module>) =>
  Promise.all([load, loadDataLayer()]).then(([module]) => module)

// Search is code no page needs until the reader reaches for it: the header's link starts
// loading it when pointed at or focused, and the page itself loads the index it searches.
const loadSearchRoute = () => withDataLayer(import('./routes/search-route.tsx'))
const preloadSearchRoute = () => void loadSearchRoute().catch(() => undefined)
const SearchRoute = lazy(() =>
  loadSearchRoute().then((module) => ({ default: module.SearchRoute })),
)

// Topic and author pages load their code when first shown, so an article page never fetches
// it; prerendered, they are readable before it arrives, and the prerender renders them whole.
const CollectionRoute = preloadable(() =>
  withDataLayer(import('./routes/collection-route.tsx')).then((module) => module.CollectionRoute),
)

// The front page and the list's pages likewise: an article page never fetches their code.
const ListRoute = preloadable(() =>
  withDataLayer(import('./routes/list-route.tsx')).then((module) => module.ListRoute),
)

// `siteWords`: the site's own words, read from the page or loaded before the app starts.
type Props = { siteWords: Words; ssrPath?: string }

const articlePath = /^\/articles\/([^/?#]+)/

// Links to an article wait for its data (already there when prefetched) before they go.
const hook = dataFirstLocation((to) => {
  const slug = articlePath.exec(to)?.[1]
  return slug ? articleReady(slug) : null
})

export function App({ siteWords, ssrPath }: Props) {
  return (
    <Router ssrPath={ssrPath} hook={hook}>
      <Shell siteWords={siteWords} />
    </Router>
  )
}

function Shell({ siteWords }: { siteWords: Words }) {
  const [location] = useLocation()
  const [firstLocation] = useState(location)
  const [hasNavigated, setHasNavigated] = useState(false)
  const [announcement, setAnnouncement] = useState('')
  // Set while rendering, not in an effect, so the page shown by the first navigation already
  // knows it was navigated to.
  if (!hasNavigated && location !== firstLocation) setHasNavigated(true)
  const announce = useCallback((message: string) => setAnnouncement(message), [])
  const navigation = useMemo(() => ({ hasNavigated, announce }), [hasNavigated, announce])
  const speech = usePageSpeech(location, siteWords)
  useChromeAway()

  return (
    <NavigationContext value={navigation}>
      <WordsContext value={speech}>
        <Page speech={speech} />
      </WordsContext>
      <div aria-live="polite" aria-atomic="true" className="sr-only">
        {announcement}
      </div>
    </NavigationContext>
  )
}

// The chrome speaks the article's language on an article page (its words come with its data,
// already in the cache when the address changes), and the site's everywhere else.
function usePageSpeech(location: string, siteWords: Words): Speech {
  const article = useStoredArticle(articlePath.exec(location)?.[1] ?? null)
  return useMemo(
    () =>
      article
        ? { words: article.words, lang: article.lang, dir: article.dir }
        : { words: siteWords, lang: siteLang, dir: siteDir },
    [article, siteWords],
  )
}

function Page({ speech: { words, lang, dir } }: { speech: Speech }) {
  return (
    <>
      <a href="#lede-main" className="skip-link" lang={lang} dir={dir}>
        {words.skipToContent}
      </a>
      <header
        lang={lang}
        dir={dir}
        className="site-header sticky top-0 z-20 h-(--lede-header-height) border-b border-line bg-page"
      >
        <div className="page-frame flex h-full items-center justify-between gap-4">
          {/* Together, so the link stays by the wordmark whatever arrives after hydration. */}
          <div className="flex items-center gap-4">
            <Link href="/" className="wordmark">
              Lede
            </Link>
            <SearchLink onReach={preloadSearchRoute} />
          </div>
          {/* Beside the settings, which also arrive after hydration, so nothing moves. */}
          <AfterHydration>
            <Suspense fallback={null}>
              <OfflineSupport />
            </Suspense>
          </AfterHydration>
          <ReadingSettingsMenu />
        </div>
      </header>
      {/* The same frame as the header's, so every page starts at the wordmark's edge. */}
      <main id="lede-main" className="page-frame py-6 sm:py-8">
        <Switch>
          <Route path="/">
            <Suspense fallback={<ArticleSkeleton />}>
              <ListRoute />
            </Suspense>
          </Route>
          <Route path="/saved">
            <Suspense fallback={null}>
              <SavedRoute />
            </Suspense>
          </Route>
          <Route path="/search">
            <Suspense fallback={null}>
              <SearchRoute />
            </Suspense>
          </Route>
          <Route path="/articles/:slug">{(params) => <ArticleRoute slug={params.slug} />}</Route>
          <Route path="/topics/:slug">{(params) => collection('topic', params)}</Route>
          <Route path="/topics/:slug/page/:page">{(params) => collection('topic', params)}</Route>
          <Route path="/authors/:slug">{(params) => collection('author', params)}</Route>
          <Route path="/authors/:slug/page/:page">{(params) => collection('author', params)}</Route>
          <Route>
            <NotFoundRoute />
          </Route>
        </Switch>
      </main>
    </>
  )
}

// Its own Suspense boundary keeps a prerendered topic or author page on screen, as the server
// wrote it, until the page's code has arrived and hydrates it.
function collection(kind: CollectionKind, params: { slug: string; page?: string }) {
  return (
    <Suspense fallback={<ArticleSkeleton />}>
      <CollectionRoute kind={kind} slug={params.slug} page={params.page} />
    </Suspense>
  )
}
