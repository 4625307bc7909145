import type { Plugin } from 'vite'

const bootTag = '<script src="/boot.js"></script>'
const moduleTag = /<script\b[^>]*\btype="module"[^>]*><\/script>\s*/g
const sourceOf = /\bsrc="([^"]+)"/

// The built page runs the app from src/boot.ts after its first paint, instead of through the
// <script type="module"> tag Vite writes: a module tag runs as soon as the page is parsed, and
// the first paint of a prerendered article needs none of it. The script is still fetched from
// the start, by a modulepreload at low priority: the stylesheet, the fonts and the lead image
// go first, and the app's code is downloaded and compiled (off the main thread) while the page
// paints, so starting it costs one evaluation instead of a download after the paint.
// Only that one entry is preloaded: another modulepreload (Vite's, of a shared chunk) is
// refused, not left to slip in.
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
      'The built page preloads modules of its own; the app is meant to be one entry chunk.',
    )
  }
  if (!html.includes(bootTag)) throw new Error(`The page template has no ${bootTag}.`)
  return html
    .replace(moduleTag, '')
    .replace(
      bootTag,
      `<script src="/boot.js" data-app="${source}"></script>\n    <link rel="modulepreload" href="${source}" fetchpriority="low" />`,
    )
}

export function startAfterPaintPlugin(): Plugin {
  return {
    name: 'lede-start-after-paint',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: startAppAfterPaint },
  }
}
