import { createContext, use } from 'react'
import type { Words } from './words-schema.ts'

export type Speech = { words: Words; lang: string; dir: 'ltr' | 'rtl' }

// The chrome speaks the language of the page: an article's own words, the site's elsewhere
// (site-words.ts). No default: a default would put a catalogue in every page's script.
export const WordsContext = createContext<Speech | null>(null)

export function useSpeech(): Speech {
  const speech = use(WordsContext)
  if (!speech) throw new Error('The reader’s words are missing: render inside <WordsContext>.')
  return speech
}

export const useWords = (): Words => useSpeech().words
