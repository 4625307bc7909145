import { leaningOpener } from './leaning-opener.ts'
import { quotationFragments } from './quotation-fragment.ts'
import { repeats } from './repeats.ts'
import { splitSentences } from './split-sentences.ts'
import { tokenise } from './tokenise.ts'

export type SummaryChecks = {
  points: number
  /** Points that open with, or give a quotation to, words leaning on sentences not shown. */
  leaning: number
  /** Points that carry part of a quotation, or a quotation with no speaker. */
  fragments: number
  /** Pairs of points in one summary that repeat each other. */
  repeats: number
}

// Where a point stands in its paragraph. A point is the paragraph's text from one place to
// another, except that a linking word it opened with may have been dropped and the next word
// capitalised: then the text after that first letter is found, and the point starts at the mark
// before the dropped words (if it opened with one) or at that letter.
function locate(point: string, paragraph: string): { start: number; end: number } | null {
  const exact = paragraph.indexOf(point)
  if (exact >= 0) return { start: exact, end: exact + point.length }
  const letter = point.search(/[\p{L}\p{N}]/u)
  if (letter < 0) return null
  const tail = paragraph.indexOf(point.slice(letter + 1))
  if (tail < 1) return null
  const head = point.slice(0, letter)
  const start = head ? paragraph.lastIndexOf(head, tail - 1) : tail - 1
  return start < 0 ? null : { start, end: tail + point.length - letter - 1 }
}

/**
 * How well a summary's points read on their own, counted with the summariser's own detectors
 * on the points as given: a point whose passage cannot be found in its paragraph counts as a
 * fragment, so a summariser cannot pass by rewriting its points.
 */
export function checkSummary(
  points: readonly { text: string; paragraphId: string | null }[],
  paragraphs: readonly { id: string; text: string }[],
  lang: string,
): SummaryChecks {
  const texts = new Map(paragraphs.map(({ id, text }) => [id, text]))
  let leaning = 0
  let fragments = 0
  for (const point of points) {
    // A point of several sentences is read from its first: the later ones lean on that one.
    if (leaningOpener(splitSentences(point.text)[0] ?? point.text, lang)) leaning++
    const paragraph = texts.get(point.paragraphId ?? '') ?? ''
    const at = locate(point.text, paragraph)
    const passage = at ? paragraph.slice(at.start, at.end) : null
    if (!passage || quotationFragments(paragraph, [passage])[0]) fragments++
  }
  const words = points.map(({ text }) => new Set(tokenise(text, lang)))
  let repeated = 0
  for (let i = 0; i < words.length; i++)
    for (let j = i + 1; j < words.length; j++)
      if (repeats(words[i] ?? new Set(), words[j] ?? new Set())) repeated++
  return { points: points.length, leaning, fragments, repeats: repeated }
}
