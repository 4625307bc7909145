import { arabic } from './arabic.ts'
import { english } from './english.ts'
import { french } from './french.ts'
import { german } from './german.ts'
import { greek } from './greek.ts'
import { spanish } from './spanish.ts'
import type { ArticleWords } from './words-schema.ts'

// Read by the content build only: each article carries its own language's words in its data,
// so no reader downloads a catalogue it does not need. English is the app's own: its words,
// and its tool words (english-tools.ts), are not repeated in every English article's data.
const catalogues: Record<string, ArticleWords> = {
  en: english,
  ar: arabic,
  el: greek,
  es: spanish,
  fr: french,
  de: german,
}

// By the language's primary subtag (pt-BR reads pt); a language with no catalogue reads English.
export function wordsFor(lang: string): ArticleWords {
  return catalogues[lang.toLowerCase().split('-')[0] ?? ''] ?? english
}
