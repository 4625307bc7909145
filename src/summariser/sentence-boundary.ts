import { stopWordsFor } from './stop-words.ts'

// Abbreviations that never end a sentence: a title always has a name after it.
const NEVER_LAST = new Set(
  `mr mrs ms mx dr prof rev revd fr sen rep gov gen col capt lt sgt cpl maj adm cmdr cllr insp supt
   det hon messrs pres vs v e.g i.e cf viz`.split(/\s+/),
)

// Abbreviations that are followed by a number when they sit inside a sentence: "Sept. 11", "No. 10".
const BEFORE_NUMBER = new Set(
  `jan feb mar apr jun jul aug sep sept oct nov dec no nos p pp vol fig art para ch c ca approx
   est op`.split(/\s+/),
)

const english = stopWordsFor('en')

const startsLower = (word: string) => /^\p{Ll}/u.test(word) && !/^\p{Ll}+\p{Lu}/u.test(word)
const startsUpper = (word: string) => /^\p{Lu}/u.test(word) || /^\p{Ll}+\p{Lu}/u.test(word)
const isInitial = (word: string) => /^\p{Lu}\.$/u.test(word)
const isAcronym = (word: string) => /^(?:\p{L}\.){2,}$/u.test(word)
// A capitalised stop word ("The", "He", "But") is how a new sentence starts, not how a name goes on.
const opensSentence = (word: string) =>
  startsUpper(word) && english.has(word.replace(/[^\p{L}]+$/u, '').toLowerCase())

/**
 * What news style says about a possible sentence end between the word `left` (with its final
 * punctuation) and the word `right` that follows: "split" or "join" where it knows better than a
 * general splitter, "keep" to leave the splitter's decision alone.
 */
export function sentenceBoundary(left: string, right: string): 'split' | 'join' | 'keep' {
  const word = left.replace(/^[([{'‘]+/u, '')
  const next = right.replace(/^[([{'‘]+/u, '')
  if (!word || !next) return 'keep'
  const bare = word.replace(/[.!?…]+$/u, '').toLowerCase()
  const fullStop = word.endsWith('.')
  if (fullStop && NEVER_LAST.has(bare)) return 'join'
  // A sentence does not start in lower case: "£8m. profit", "10 a.m. on Monday", "Wait... what".
  if (startsLower(next)) return 'join'
  if (/(?:\.\.\.|…)$/u.test(word)) return startsUpper(next) ? 'split' : 'keep'
  if (!fullStop) return 'keep'
  if (/^\d/.test(next)) return BEFORE_NUMBER.has(bare) || isAcronym(word) ? 'join' : 'keep'
  if (!startsUpper(next)) return 'keep'
  // "J. R. Smith" and "U.S. President" go on; "Plan B. The" and "the U.S. He" end.
  if (isInitial(word) || isAcronym(word)) {
    return isInitial(next) || !opensSentence(next) ? 'join' : 'split'
  }
  // A year, a count or a lower-case word ends a sentence however like an abbreviation it looks:
  // "in 2004. The", "he said no. eBay".
  if (/^\d+\.$/.test(word) || /^\p{Ll}[\p{Ll}'’-]*\.$/u.test(word)) return 'split'
  return 'keep'
}
