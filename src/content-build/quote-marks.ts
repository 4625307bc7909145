// The quotation marks a language sets, outer pair first. Only languages listed here are given
// typographic quotes: guessing another language's convention would be worse than leaving the
// typewriter marks the author wrote.
export type QuoteMarks = { open: string; close: string; openInner: string; closeInner: string }

// French sets a narrow no-break space inside its guillemets, so a line never breaks there.
const narrow = '\u202f'

const marks: Record<string, QuoteMarks> = {
  en: { open: '“', close: '”', openInner: '‘', closeInner: '’' },
  fr: {
    open: `«${narrow}`,
    close: `${narrow}»`,
    openInner: `‹${narrow}`,
    closeInner: `${narrow}›`,
  },
  de: { open: '„', close: '“', openInner: '‚', closeInner: '‘' },
  es: { open: '«', close: '»', openInner: '“', closeInner: '”' },
  el: { open: '«', close: '»', openInner: '“', closeInner: '”' },
  // Arabic presses use both guillemets and curly quotes; guillemets are mirrored in right-to-left
  // text, so the opening mark shows its right shape, where a curly quote would face the wrong way.
  ar: { open: '«', close: '»', openInner: '‹', closeInner: '›' },
}

// Keyed by the primary language subtag, so en-GB and fr-CA set their language's marks.
export function quoteMarksFor(lang: string): QuoteMarks | null {
  return marks[lang.split('-')[0]?.toLowerCase() ?? ''] ?? null
}
