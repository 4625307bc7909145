export const DEFAULT_SUMMARY_SENTENCES = 3

/**
 * How many sentences a summary takes. An asked-for count is kept within the article. The
 * default is three, but never more than about a third of the article, so a short piece is
 * summed up in one sentence rather than retold.
 */
export function summaryLength(sentenceCount: number, requested?: number): number {
  if (sentenceCount <= 0) return 0
  if (requested !== undefined && Number.isFinite(requested)) {
    return Math.min(sentenceCount, Math.max(1, Math.floor(requested)))
  }
  return Math.max(1, Math.min(DEFAULT_SUMMARY_SENTENCES, Math.round(sentenceCount / 3)))
}
