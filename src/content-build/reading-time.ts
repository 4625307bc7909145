// An adult reads news at roughly 200 to 300 words a minute; 230 sits in the middle.
export const WORDS_PER_MINUTE = 230

// Decimals (6.30), abbreviations (a.m.), contractions and hyphenated words count once.
export function countWords(texts: string[]): number {
  return texts.reduce(
    (total, text) => total + (text.match(/[\p{L}\p{N}]+(?:[.,'’-][\p{L}\p{N}]+)*/gu)?.length ?? 0),
    0,
  )
}

export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE))
}
