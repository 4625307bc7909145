// The routes loaded after the first load, as one chunk (see app.tsx).
export { ListRoute } from './list-route.tsx'
export { MoreRoutes } from './more-routes.tsx'
