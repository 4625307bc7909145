import type { Article } from '../articles/article-schema.ts'
import { stopWordsFor } from '../summariser/stop-words.ts'
import { articleText } from './article-text.ts'

// The words a misspelt search is corrected to: every word of the language's articles that is
// not a stop word, at least four letters and letters only, most articles first, so the
// commoner of two equally close words wins. Bounded, as the reader fetches it whole, and only
// when a search finds nothing.
export const SEARCH_WORDS_MAX = 5_000
const LETTERS = /^\p{L}{4,24}$/u

function wordsOf(article: Article): Set<string> {
  const lang = article.lang.toLowerCase()
  const stop = stopWordsFor(lang)
  const text = [articleText(article), ...article.tags].join('\n').toLocaleLowerCase(lang)
  const found = new Set<string>()
  for (const { segment, isWordLike } of new Intl.Segmenter(lang, { granularity: 'word' }).segment(
    text,
  )) {
    if (isWordLike && LETTERS.test(segment) && !stop.has(segment)) found.add(segment)
  }
  return found
}

// Counted article by article, so a language of any size is read one article at a time.
export type SearchWordCount = { add: (article: Article) => void; words: (max?: number) => string[] }

export function countSearchWords(): SearchWordCount {
  const articlesWith = new Map<string, number>()
  return {
    add(article) {
      for (const word of wordsOf(article)) articlesWith.set(word, (articlesWith.get(word) ?? 0) + 1)
    },
    words: (max = SEARCH_WORDS_MAX) =>
      [...articlesWith]
        .sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : a > b ? 1 : 0))
        .slice(0, max)
        .map(([word]) => word),
  }
}

export function searchWords(articles: readonly Article[], max = SEARCH_WORDS_MAX): string[] {
  const count = countSearchWords()
  for (const article of articles) count.add(article)
  return count.words(max)
}
