import type { ReactNode } from 'react'
import { english } from './english.ts'
import { WordsContext } from './words-context.tsx'

// The site's words in English, as the app provides them, for a part rendered on its own (its
// tests). The app itself never imports this: it reads the site's words from the page.
export function EnglishWords({ children }: { children: ReactNode }) {
  return <WordsContext value={{ words: english, lang: 'en', dir: 'ltr' }}>{children}</WordsContext>
}
