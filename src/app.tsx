import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { Link, Route, Router, Switch, useLocation } from 'wouter'
import { articleQuery } from './articles/article-queries.ts'
import { dataFirstLocation } from './lib/data-first-location.ts'
import { NavigationContext } from './components/navigation-context.tsx'
import { NotFoundView } from './components/not-found-view.tsx'
import { ReadingSettings } from './settings/reading-settings.tsx'
import { ArticleRoute } from './routes/article-route.tsx'
import { ListRoute } from './routes/list-route.tsx'
import { AfterHydration } from './components/after-hydration.tsx'
import { afterIdle } from './lib/after-idle.ts'

// Offline reading, the link to saved articles and new editions: loaded once the page is idle,
// never in the first load.
const OfflineSupport = lazy(() =>
  afterIdle()
    .then(() => import('./offline/offline-support.tsx'))
    .then((module) => ({
      default: module.OfflineSupport,
    })),
)
const SavedRoute = lazy(() =>
  import('./routes/saved-route.tsx').then((module) => ({ default: module.SavedRoute })),
)

type Props = { queryClient: QueryClient; ssrPath?: string }

const articlePath = /^\/articles\/([^/?#]+)/

export function App({ queryClient, ssrPath }: Props) {
  // Links to an article wait for its data (already there when prefetched) before they go.
  const hook = useMemo(
    () =>
      dataFirstLocation((to) => {
        const slug = articlePath.exec(to)?.[1]
        return slug ? queryClient.ensureQueryData(articleQuery(slug)) : null
      }),
    [queryClient],
  )
  return (
    <QueryClientProvider client={queryClient}>
      <Router ssrPath={ssrPath} hook={hook}>
        <Shell />
      </Router>
    </QueryClientProvider>
  )
}

function Shell() {
  const [location] = useLocation()
  const firstLocation = useRef(location)
  const [hasNavigated, setHasNavigated] = useState(false)
  const [announcement, setAnnouncement] = useState('')
  useEffect(() => {
    if (location !== firstLocation.current) setHasNavigated(true)
  }, [location])
  const announce = useCallback((message: string) => setAnnouncement(message), [])
  const navigation = useMemo(() => ({ hasNavigated, announce }), [hasNavigated, announce])

  return (
    <NavigationContext value={navigation}>
      <a href="#lede-main" className="skip-link">
        Skip to content
      </a>
      <header className="site-header sticky top-0 z-20 h-(--lede-header-height) border-b border-line bg-page">
        <div className="page-frame flex h-full items-center justify-between gap-4">
          <Link href="/" className="wordmark">
            Lede
          </Link>
          {/* Beside the settings, which also arrive after hydration, so nothing moves. */}
          <AfterHydration>
            <Suspense fallback={null}>
              <OfflineSupport />
            </Suspense>
          </AfterHydration>
          <ReadingSettings />
        </div>
      </header>
      {/* The same frame as the header's, so every page starts at the wordmark's edge. */}
      <main id="lede-main" className="page-frame py-6 sm:py-8">
        <Switch>
          <Route path="/">
            <ListRoute />
          </Route>
          <Route path="/saved">
            <Suspense fallback={null}>
              <SavedRoute />
            </Suspense>
          </Route>
          <Route path="/articles/:slug">{(params) => <ArticleRoute slug={params.slug} />}</Route>
          <Route>
            <NotFoundView message="There is nothing at this address. The link may be mistyped, or the page may have moved." />
          </Route>
        </Switch>
      </main>
      <div aria-live="polite" aria-atomic="true" className="sr-only">
        {announcement}
      </div>
    </NavigationContext>
  )
}
