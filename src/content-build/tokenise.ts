import { stemmer } from 'stemmer'
import { stopWordsFor } from './stop-words.ts'

// Dotted acronyms (U.S., U.N.) first, so they stay one word.
const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu

// Porter stemming is the costliest step per word and news repeats its words, so stems are kept;
// the cap bounds memory over a large build.
const stems = new Map<string, string>()
const MAX_STEMS = 100_000

function stem(word: string): string {
  let stemmed = stems.get(word)
  if (stemmed === undefined) {
    if (stems.size >= MAX_STEMS) stems.clear()
    stemmed = stemmer(word)
    stems.set(word, stemmed)
  }
  return stemmed
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
  const lower = text.toLocaleLowerCase(english ? 'en' : undefined)
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
  for (const found of words(text, lang, english)) {
    // A possessive names the same thing: "Greenspan's" is about Greenspan.
    const word = found.replace(/['’]s$/u, '').replaceAll('.', '')
    if (stopWords.has(word)) continue
    if (english) {
      if (word.length < 2) continue
      tokens.push(/\p{L}/u.test(word) ? stem(word) : word)
    } else {
      tokens.push(word)
    }
  }
  return tokens
}
