import { isIsoDate } from '../content-build/front-matter.ts'
import { readByline } from './byline.ts'
import { readWrittenDate } from './written-date.ts'

// The front matter Readability's findings give, cleaned the way the content build needs:
// a BCP 47 tag, an ISO date, a name without "By".

export function languageTag(raw: string | null | undefined): string | undefined {
  const tag = raw?.trim().replace(/_/g, '-')
  if (!tag) return undefined
  try {
    return Intl.getCanonicalLocales(tag)[0]
  } catch {
    return undefined
  }
}

// "2018-04-05T06:00" has no offset, so the build would refuse it as a date and time: the day
// is what the reader sees, and it is kept. A written date ("March 12, 2025") is read too.
export function publishedDate(raw: string | null | undefined, lang: string): string | undefined {
  const text = raw?.trim()
  if (!text) return undefined
  const day = /^(\d{4}-\d{2}-\d{2})/.exec(text)?.[1]
  if (day && isIsoDate(day)) return day
  const written = readWrittenDate(text, lang)?.date
  if (written) return written
  const parsed = new Date(text)
  return Number.isNaN(parsed.getTime()) ? undefined : parsed.toISOString().slice(0, 10)
}

export function authorName(raw: string | null | undefined): string | undefined {
  const text = raw?.replace(/\s+/g, ' ').trim()
  if (!text) return undefined
  return readByline(text) ?? text.replace(/^by\s+/i, '')
}

// Where the page lives on the web, so its relative links can be followed from Lede.
export function pageAddress(document: Document): string | undefined {
  const candidates = [
    document.querySelector('base[href]')?.getAttribute('href'),
    document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    document.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ]
  return candidates.find((href) => href && /^https?:\/\//i.test(href.trim()))?.trim()
}
