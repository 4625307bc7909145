import { leaningOpener, type LeaningOpener } from './leaning-opener.ts'

export type StandAlone = {
  /** The sentence as a point: as written, or without a linking word it opens with. */
  text: string
  /** What still leans on the sentences before, or null when the point stands alone. */
  leans: LeaningOpener | null
}

/**
 * A sentence made ready to be read on its own. A linking word it opens with ("However, the
 * dollar...", "But calls...") is dropped and the next word capitalised, as the sentence reads on
 * without it; a pronoun or a reference back ("He said", "The company") cannot be mended from the
 * sentence alone, so it is only reported, and the summariser prefers sentences without one.
 */
export function standAlone(sentence: string, lang: string): StandAlone {
  let text = sentence
  let leans = leaningOpener(text, lang)
  // Twice at most: "And yet, ..." drops both.
  for (let tries = 0; tries < 2 && leans?.kind === 'connective'; tries++) {
    const at = text.indexOf(leans.words)
    const rest = text.slice(at + leans.words.length).replace(/^[\s,]+/u, '')
    if (!/^[\p{L}\p{N}]/u.test(rest)) break
    text = `${text.slice(0, at)}${rest.charAt(0).toLocaleUpperCase(lang)}${rest.slice(1)}`
    leans = leaningOpener(text, lang)
  }
  return { text, leans }
}
