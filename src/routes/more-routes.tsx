import { Route, Switch } from 'wouter'
import { NotFoundView } from '../components/not-found-view.tsx'
import { CollectionRoute } from './collection-route.tsx'

// The addresses beyond the list and the articles, in a chunk of their own: an article page's
// first load does not carry them.
export function MoreRoutes() {
  return (
    <Switch>
      <Route path="/topics/:slug">
        {(params) => <CollectionRoute kind="topic" slug={params.slug} />}
      </Route>
      <Route path="/topics/:slug/page/:page">
        {(params) => <CollectionRoute kind="topic" slug={params.slug} page={params.page} />}
      </Route>
      <Route path="/authors/:slug">
        {(params) => <CollectionRoute kind="author" slug={params.slug} />}
      </Route>
      <Route path="/authors/:slug/page/:page">
        {(params) => <CollectionRoute kind="author" slug={params.slug} page={params.page} />}
      </Route>
      <Route>
        <NotFoundView message="There is nothing at this address. The link may be mistyped, or the page may have moved." />
      </Route>
    </Switch>
  )
}
