import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { Link, Route, Router, Switch, useLocation } from 'wouter'
import { articleQuery } from './articles/article-queries.ts'
import { dataFirstLocation } from './lib/data-first-location.ts'
import { NavigationContext } from './components/navigation-context.tsx'
import { ArticleSkeleton } from './articles/article-skeleton.tsx'
import { preloadable } from './lib/preloadable.tsx'
import { ReadingSettings } from './settings/reading-settings.tsx'
import { ArticleRoute } from './routes/article-route.tsx'

// Pages other than an article load their code when first shown, so an article page's first load
// carries only what an article needs; prerendered, they are readable before it arrives.
// They share one chunk: chunks that shared code would split React out of the entry.
const pageRoutes = () => import('./routes/page-routes.ts')
const ListRoute = preloadable(() => pageRoutes().then((m) => m.ListRoute))
const MoreRoutes = preloadable(() => pageRoutes().then((m) => m.MoreRoutes))

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
        <div className="mx-auto flex h-full max-w-3xl items-center justify-between gap-4 px-4 lg:max-w-6xl">
          <Link href="/" className="text-xl font-bold tracking-tight">
            Lede
          </Link>
          <ReadingSettings />
        </div>
      </header>
      {/* An article is wide enough on large screens for its contents list to sit beside it. */}
      <main id="lede-main" className="mx-auto max-w-3xl px-4 py-8 lg:has-[>article]:max-w-6xl">
        <Suspense fallback={<ArticleSkeleton />}>
          <Switch>
            <Route path="/">
              <ListRoute />
            </Route>
            <Route path="/articles/:slug">{(params) => <ArticleRoute slug={params.slug} />}</Route>
            <Route>
              <MoreRoutes />
            </Route>
          </Switch>
        </Suspense>
      </main>
      <div aria-live="polite" aria-atomic="true" className="sr-only">
        {announcement}
      </div>
    </NavigationContext>
  )
}
