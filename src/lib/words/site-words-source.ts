// The site's words as a chunk of their own, for a page that does not carry them (site-words.ts).
// This module exists so the chunk is only ever imported dynamically: english.ts itself is also
// imported by the schemas, and a module imported both ways would make the bundler split out its
// runtime helpers as one more script on every page.
export { english as siteWordsSource } from './english.ts'
