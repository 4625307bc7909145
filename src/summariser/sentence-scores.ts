import type { ArticleSentence } from './article-sentences.ts'
import { DEFAULT_POSITION, positionPrior, type PositionSettings } from './position-prior.ts'
import { cosine, tfIdf } from './tf-idf.ts'
import { textRank } from './text-rank.ts'

export type ScoreSettings = {
  /** Weights of the three signals, each scaled to 0..1 before weighing. */
  centrality: number
  title: number
  position: number
  /** Sentences with fewer content words than this are scaled down: a fragment says little. */
  minTokens: number
  /** The share kept by a sentence that is part of a longer quotation (its quote marks do not pair). */
  quoteFragment: number
  positions: PositionSettings
}

// Centrality leads: the sentences most like the rest of the article carry its substance. Position
// and the headline tip the balance between sentences that are close on centrality.
export const DEFAULT_SCORES: ScoreSettings = {
  centrality: 1,
  title: 0.1,
  position: 0.2,
  minTokens: 5,
  quoteFragment: 0.85,
  positions: DEFAULT_POSITION,
}

// A sentence whose quote marks do not pair opens or closes a quotation that runs on beyond it,
// and read alone it can lose who is speaking.
function isQuoteFragment(text: string): boolean {
  let straight = 0
  let curly = 0
  for (const char of text) {
    if (char === '"') straight++
    else if (char === '“') curly++
    else if (char === '”') curly--
  }
  return straight % 2 === 1 || curly !== 0
}

export type SentenceScores = {
  relevance: number[]
  /** Cosine similarity of every pair of sentences, n by n in row order. */
  similarity: Float64Array
}

/**
 * How relevant each sentence is to the article: its centrality (TextRank over TF-IDF cosine
 * similarity), its likeness to the headline, and its position.
 */
export function sentenceScores(
  sentences: readonly ArticleSentence[],
  titleTokens: readonly string[],
  settings: ScoreSettings = DEFAULT_SCORES,
): SentenceScores {
  const n = sentences.length
  const { vectors, vectorise } = tfIdf(sentences.map(({ tokens }) => tokens))
  const similarity = new Float64Array(n * n)
  for (let i = 0; i < n; i++) {
    const a = vectors[i]
    if (!a) continue
    similarity[i * n + i] = 1
    for (let j = i + 1; j < n; j++) {
      const b = vectors[j]
      const value = b ? cosine(a, b) : 0
      similarity[i * n + j] = value
      similarity[j * n + i] = value
    }
  }
  const rank = textRank(similarity, n)
  const topRank = Math.max(...rank)
  const title = vectorise(titleTokens)
  const position = positionPrior(sentences, settings.positions)
  const relevance = sentences.map((sentence, i) => {
    const score =
      settings.centrality * (topRank > 0 ? (rank[i] ?? 0) / topRank : 0) +
      settings.title * cosine(vectors[i] ?? title, title) +
      settings.position * (position[i] ?? 0)
    const fragment = isQuoteFragment(sentence.text) ? settings.quoteFragment : 1
    return score * fragment * Math.min(1, sentence.tokens.length / settings.minTokens)
  })
  return { relevance, similarity }
}
