import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import type { Plugin } from 'vite'

// `vite preview` behaves like an ordinary static host for the prerendered pages:
// /articles/<slug> is served from articles/<slug>/index.html, and an address with no file
// gets 404.html with status 404 instead of the app's front page.
export function staticPagesPlugin(): Plugin {
  let outDir = 'dist'
  return {
    name: 'lede-static-pages',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir)
    },
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)
        // Files with an extension (scripts, styles, data) are left to the static file server.
        if (request.method !== 'GET' && request.method !== 'HEAD') return next()
        if (path.extname(pathname)) return next()
        const page = path.join(outDir, pathname, 'index.html')
        if (!page.startsWith(outDir + path.sep)) return next()
        if (existsSync(page) && statSync(page).isFile()) {
          request.url = path.posix.join(pathname, 'index.html')
          return next()
        }
        const notFound = path.join(outDir, '404.html')
        if (!existsSync(notFound)) return next()
        response.statusCode = 404
        response.setHeader('Content-Type', 'text/html; charset=utf-8')
        response.end(request.method === 'HEAD' ? undefined : readFileSync(notFound))
      })
    },
  }
}
