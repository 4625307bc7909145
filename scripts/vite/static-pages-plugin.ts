import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import type { Plugin } from 'vite'

export type StaticAnswer = { kind: 'file'; url: string } | { kind: 'not-found' }

// What a request for `rawUrl` is answered with, as an ordinary static host would: a file that
// is there, a page's folder served by its index.html, and for anything else (a file that is not
// there, an address that is not even valid percent-encoding, one that names a parent folder or a
// slash in encoded form, a NUL) the not-found page. Never a fallback to the front page, and never
// an error: a malformed address is the reader's typo or a scanner's probe, not a fault.
export function answerFor(rawUrl: string, isFile: (relative: string) => boolean): StaticAnswer {
  const notFound = { kind: 'not-found' } as const
  const rawPath = rawUrl.split(/[?#]/, 1)[0] ?? ''
  if (!rawPath.startsWith('/') || /%(?:2f|5c)/i.test(rawPath)) return notFound
  let decoded: string
  try {
    decoded = decodeURIComponent(rawPath)
  } catch {
    return notFound
  }
  const segments = decoded.split('/')
  if (/[\0\\]/.test(decoded) || segments.some((part) => part === '.' || part === '..')) {
    return notFound
  }
  const relative = segments.filter(Boolean).join('/')
  if (path.posix.extname(relative)) {
    return isFile(relative) ? { kind: 'file', url: rawPath } : notFound
  }
  const page = relative ? `${relative}/index.html` : 'index.html'
  if (!isFile(page)) return notFound
  return {
    kind: 'file',
    url: rawPath.endsWith('/') ? `${rawPath}index.html` : `${rawPath}/index.html`,
  }
}

function isFileIn(outDir: string): (relative: string) => boolean {
  return (relative) => {
    const file = path.join(outDir, relative)
    if (!file.startsWith(outDir + path.sep)) return false
    try {
      return statSync(file).isFile()
    } catch {
      // Missing, or a name too long for the file system: either way, not a file here.
      return false
    }
  }
}

// `vite preview` (and so `npm start`) behaves like an ordinary static host for the prerendered
// pages: /articles/<slug> is served from articles/<slug>/index.html, and any other address gets
// 404.html with status 404, instead of the app's front page or a stack trace.
export function staticPagesPlugin(): Plugin {
  let outDir = 'dist'
  return {
    name: 'lede-static-pages',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir)
    },
    configurePreviewServer(server) {
      const isFile = isFileIn(outDir)
      server.middlewares.use((request, response, next) => {
        if (request.method !== 'GET' && request.method !== 'HEAD') return next()
        const answer = answerFor(request.url ?? '/', isFile)
        if (answer.kind === 'file') {
          request.url = answer.url
          return next()
        }
        response.statusCode = 404
        response.setHeader('Content-Type', 'text/html; charset=utf-8')
        if (request.method === 'HEAD') return response.end()
        let page: Buffer | string = 'Page not found'
        try {
          page = readFileSync(path.join(outDir, '404.html'))
        } catch {
          // A build without its not-found page still answers 404, in plain words.
        }
        response.end(page)
      })
    },
  }
}
