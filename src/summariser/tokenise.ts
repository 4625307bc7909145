import { stemmer } from 'stemmer'
import { stopWordsFor } from './stop-words.ts'

// Dotted acronyms (U.S., U.N.) first, so they stay one word.
const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu

// News repeats its words, and stemming is the costliest step per word, so what each English word
// becomes (a stem, or nothing for a stop word) is kept; the cap bounds memory over a large build.
const englishTokens = new Map<string, string | null>()
const MAX_KEPT = 100_000
const englishStopWords = stopWordsFor('en')

function englishToken(word: string): string | null {
  let token = englishTokens.get(word)
  if (token === undefined) {
    // A possessive names the same thing: "Harwick's" is about Harwick.
    const bare = word.replace(/['’]s$/u, '').replaceAll('.', '')
    token =
      bare.length < 2 || englishStopWords.has(bare)
        ? null
        : /\p{L}/u.test(bare)
          ? stemmer(bare)
          : bare
    if (englishTokens.size >= MAX_KEPT) englishTokens.clear()
    englishTokens.set(word, token)
  }
  return token
}

const segmenters = new Map<string, Intl.Segmenter | null>()

// Intl.Segmenter finds words in scripts written without spaces (Chinese, Japanese, Thai); a tag
// the runtime does not accept falls back to splitting on letters and digits.
function segmenterFor(lang: string): Intl.Segmenter | null {
  let segmenter = segmenters.get(lang)
  if (segmenter === undefined) {
    try {
      segmenter = new Intl.Segmenter(lang, { granularity: 'word' })
    } catch {
      segmenter = null
    }
    segmenters.set(lang, segmenter)
  }
  return segmenter
}

function words(text: string, lang: string, english: boolean): string[] {
  const lower = text.toLowerCase()
  const segmenter = english ? null : segmenterFor(lang)
  if (!segmenter) return lower.match(WORD) ?? []
  const found: string[] = []
  for (const { segment, isWordLike } of segmenter.segment(lower))
    if (isWordLike) found.push(segment)
  return found
}

/**
 * The words of `text` that carry its meaning: lowercased, without stop words, and, for English,
 * reduced to their Porter stems so "rates" and "rate" count as one word. Other languages keep
 * their words whole, as no stemmer here knows them.
 */
export function tokenise(text: string, lang: string): string[] {
  const english = /^en(?:-|$)/i.test(lang.trim())
  const stopWords = stopWordsFor(lang)
  const tokens: string[] = []
  for (const word of words(text, lang, english)) {
    const token = english ? englishToken(word) : stopWords.has(word) ? null : word
    if (token !== null) tokens.push(token)
  }
  return tokens
}
