// The reader shows reading time as a range worked out from the word count
// (articles/reading-time-range.ts); the build only counts.
// Decimals (6.30), abbreviations (a.m.), contractions and hyphenated words count once.
export function countWords(texts: string[]): number {
  return texts.reduce(
    (total, text) => total + (text.match(/[\p{L}\p{N}]+(?:[.,'’-][\p{L}\p{N}]+)*/gu)?.length ?? 0),
    0,
  )
}
