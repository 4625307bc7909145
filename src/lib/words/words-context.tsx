import { createContext, use } from 'react'
import { english } from './english.ts'
import type { Words } from './words-schema.ts'

export type Speech = { words: Words; lang: string; dir: 'ltr' | 'rtl' }

// The chrome speaks the language of the page: an article's own words, the site's elsewhere.
export const siteSpeech: Speech = { words: english, lang: 'en', dir: 'ltr' }
export const WordsContext = createContext<Speech>(siteSpeech)

export const useSpeech = (): Speech => use(WordsContext)
export const useWords = (): Words => use(WordsContext).words
