import { useMemo } from 'react'
import { englishTools } from './english-tools.ts'
import { useSpeech, type Speech } from './words-context.tsx'
import type { ArticleWords, LanguageWords } from './words-schema.ts'

export type ToolSpeech = Omit<Speech, 'words'> & { words: LanguageWords }

// The words of the page's language for saving, offline reading, new editions, Listen and Share:
// an article's own from its data, the site's (English) elsewhere and wherever data has none.
// Only parts that load once the first load is over use it, so the English ones stay out of it.
export function useToolWords(): ToolSpeech {
  const speech = useSpeech()
  return useMemo(() => {
    const words: ArticleWords = speech.words
    return { ...speech, words: { ...englishTools, ...words } }
  }, [speech])
}
