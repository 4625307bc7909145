import type { Plugin } from 'vite'

const bootTag = '<script src="/boot.js"></script>'
const moduleTag = /<script\b[^>]*\btype="module"[^>]*><\/script>\s*/g
const sourceOf = /\bsrc="([^"]+)"/

// The built page loads the app from src/boot.ts after its first paint, instead of through
// the <script type="module"> tag Vite writes: a module tag is fetched at high priority while the
// page is still arriving, and the first paint of a prerendered article needs none of it.
// Anything else that would load script early (a modulepreload) is refused, not left to slip in.
export function startAppAfterPaint(html: string): string {
  const tags = [...html.matchAll(moduleTag)]
  if (tags.length !== 1) {
    throw new Error(`The built page should load one module script; it has ${tags.length}.`)
  }
  const source = sourceOf.exec(tags[0]?.[0] ?? '')?.[1]
  if (!source?.startsWith('/assets/')) {
    throw new Error(`The built page's module script is not in /assets/: ${source ?? 'no src'}.`)
  }
  if (/rel="modulepreload"/.test(html)) {
    throw new Error(
      'The built page preloads modules, which would load before its first paint; the app is meant to be one entry chunk.',
    )
  }
  if (!html.includes(bootTag)) throw new Error(`The page template has no ${bootTag}.`)
  return html
    .replace(moduleTag, '')
    .replace(bootTag, `<script src="/boot.js" data-app="${source}"></script>`)
}

export function startAfterPaintPlugin(): Plugin {
  return {
    name: 'lede-start-after-paint',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: startAppAfterPaint },
  }
}
