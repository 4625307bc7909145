import { slugSource } from '../articles/article-schema.ts'

export type CheckedHref =
  | { kind: 'external'; href: string }
  | { kind: 'fragment'; href: string }
  | { kind: 'article'; href: string; slug: string }
  | { kind: 'error'; message: string }

const allowedSchemes = new Set(['http', 'https', 'mailto'])
const articleHref = new RegExp(`^/articles/(${slugSource})(#[^#]*)?$`)

// Browsers ignore control characters and whitespace when they read a scheme, so
// "java\tscript:" and " JAVASCRIPT:" are the same as "javascript:". Strip them before
// deciding, and only ever emit links whose scheme is on the allow list.
export function checkHref(url: string): CheckedHref {
  const squeezed = url.replace(
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    /[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\ufeff]/g,
    '',
  )
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(squeezed)?.[1]?.toLowerCase()
  if (scheme) {
    if (!allowedSchemes.has(scheme)) {
      return {
        kind: 'error',
        message: `"${scheme}:" links are not allowed (use http, https or mailto)`,
      }
    }
    if (squeezed !== url.trim()) {
      return { kind: 'error', message: 'a link must not contain spaces or control characters' }
    }
    // "http:" alone or "https://" with no host is no link a reader can follow.
    if (!URL.canParse(squeezed)) {
      return { kind: 'error', message: `"${url}" is not a complete address` }
    }
    return { kind: 'external', href: squeezed }
  }
  if (squeezed.startsWith('#')) return { kind: 'fragment', href: squeezed }
  const article = articleHref.exec(squeezed)
  if (article?.[1]) return { kind: 'article', href: squeezed, slug: article[1] }
  return {
    kind: 'error',
    message: `"${url}" is not a link Lede can follow: use http(s), mailto, #section or /articles/<slug>`,
  }
}
