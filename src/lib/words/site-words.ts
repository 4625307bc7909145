import type { Words } from './words-schema.ts'

// The site's own pages (the front page, topics, authors, search, not found) speak the site's
// language. Its words are not in the app's script: each prerendered page carries them in a data
// block, or, on an English article, as the article's own words; only a page with neither (one
// drawn by the dev server) loads them, as a chunk.
export const siteLang = 'en'
export const siteDir = 'ltr'

export const siteWordsElementId = 'lede-words'

export const loadSiteWords = async (): Promise<Words> =>
  (await import('./site-words-source.ts')).siteWordsSource

// Whether an article's own words are the site's: its language's catalogue is the site's.
export const speaksSiteLanguage = (lang: string): boolean =>
  lang.toLowerCase().split('-')[0] === siteLang

// Written by the prerender from the catalogue itself, in the same document: like the page's
// data (articles/page-data.ts), only its shape is checked, so zod stays out of the first load.
export function readSiteWords(element: HTMLElement | null): Words | null {
  const text = element?.textContent
  if (!text) return null
  try {
    const words: unknown = JSON.parse(text)
    return typeof words === 'object' && words !== null && 'skipToContent' in words
      ? (words as Words)
      : null
  } catch {
    return null
  }
}
