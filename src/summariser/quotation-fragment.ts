// News quotes a speaker over several sentences: `"A. B," said X. "C."`. Lifted alone, "A." and
// "B," said X. each carry half a quotation, and "C." carries a quotation with no speaker.

export type Fragment = {
  /** 'cut': a quotation runs beyond it; 'unattributed': every word is inside quote marks, and
   * whoever said it is named elsewhere. */
  kind: 'cut' | 'unattributed'
  /** It starts inside a quotation opened in an earlier sentence. */
  continued: boolean
  /** It leaves a quotation open for the next sentence. */
  runsOn: boolean
}

const WORD_END = /[\p{L}\p{N}.,;:!?…)\]]/u
const MARK = /["“”„«»]/g
const LETTER = /[\p{L}\p{N}]/u

// « and „ open, » and ” close; “ opens in English and closes in German („...“).
// The stretches of a paragraph inside quotation marks, as [start, end) in UTF-16 units (every
// mark is one): from an opening mark up to its closing one. A straight mark closes an open
// quotation when it ends a word (yes,") or stands before a space, and opens one otherwise. A
// quotation that runs over paragraphs opens again at each without closing, and text flattened
// from it reads `"A. "B."`: an opener inside an open quotation goes on with it. A closing mark
// with nothing open ends a quotation begun before the last one closed (or in an earlier
// paragraph).
function quotedStretches(text: string): [number, number][] {
  const stretches: [number, number][] = []
  let open: { mark: string; at: number } | null = null
  let lastClosed = 0
  for (const { index: i, 0: mark } of text.matchAll(MARK)) {
    let opens: boolean
    if (mark === '"') {
      const next = text[i + 1]
      const endsWord = WORD_END.test(text[i - 1] ?? '')
      opens = open
        ? !(endsWord || !next || /\s/u.test(next))
        : !(endsWord && (!next || /[\s.,;:]/u.test(next)))
    } else if (mark === '“') opens = open?.mark !== '„'
    else opens = mark === '«' || mark === '„'
    if (opens) open ??= { mark, at: i }
    else {
      stretches.push([open?.at ?? lastClosed, i])
      open = null
      lastClosed = i + 1
    }
  }
  if (open) stretches.push([open.at, text.length])
  return stretches
}

/**
 * For each sentence of a paragraph (exact substrings of it, in order), whether it is a piece of a
 * quotation and of which kind, or null when it carries its quotations whole.
 */
export function quotationFragments(
  paragraph: string,
  sentences: readonly string[],
): (Fragment | null)[] {
  const stretches = /["“”„«»]/.test(paragraph) ? quotedStretches(paragraph) : []
  const inside = (at: number) => stretches.some(([start, end]) => at >= start && at < end)
  let from = 0
  return sentences.map((sentence) => {
    const at = paragraph.indexOf(sentence, from)
    if (at < 0 || !stretches.length) return null
    from = at + sentence.length
    const continued = at > 0 && inside(at - 1)
    const runsOn = inside(from - 1)
    if (continued || runsOn) return { kind: 'cut', continued, runsOn }
    // Its words outside every quotation, marks aside: none means no speaker.
    let outside = ''
    let cursor = at
    for (const [start, end] of stretches) {
      if (end <= at || start >= from) continue
      outside += paragraph.slice(cursor, Math.max(cursor, start))
      cursor = Math.max(cursor, end + 1)
    }
    outside += paragraph.slice(Math.min(cursor, from), from)
    const quoted = sentence.replace(MARK, '')
    return !LETTER.test(outside) && LETTER.test(quoted)
      ? { kind: 'unattributed', continued: false, runsOn: false }
      : null
  })
}
