import { english } from '../lib/words/english.ts'
import { siteWordsElementId } from '../lib/words/site-words.ts'

// The site's words as a data block in the page (read by src/main.tsx), so the app's script need
// not carry them. `<` is escaped so no word can close the script element.
export const siteWordsBlock = `<script type="application/json" id="${siteWordsElementId}">${JSON.stringify(
  english,
).replace(/</g, '\\u003c')}</script>`
