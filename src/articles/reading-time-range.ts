import { fill, pluralForm } from '../lib/words/count.ts'
import type { PluralForms } from '../lib/words/words-schema.ts'

// Readers differ: a quick reader manages about 300 words a minute, a careful one about 180.
export function readingTimeRange(words: number): { fast: number; slow: number } {
  const fast = Math.max(1, Math.round(words / 300))
  const slow = Math.max(fast, Math.round(words / 180))
  return { fast, slow }
}

// The phrase's form follows the careful end, the number a reader takes in last.
export function formatReadingTime(words: number, phrase: PluralForms, lang: string): string {
  const { fast, slow } = readingTimeRange(words)
  const n = fast === slow ? `${fast}` : `${fast}–${slow}`
  return fill(pluralForm(phrase, slow, lang), { n })
}
