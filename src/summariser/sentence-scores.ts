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
  /** The share kept by a piece of a longer quotation, or one with no speaker (quotationFragments). */
  quoteFragment: number
  /** Weight of how many of the article's most frequent words a sentence carries. */
  keywords: number
  positions: PositionSettings
}

// Centrality leads: the sentences most like the rest of the article carry its substance. Position
// and the headline tip the balance between sentences that are close on centrality.
export const DEFAULT_SCORES: ScoreSettings = {
  centrality: 1,
  title: 0.1,
  position: 0.1,
  minTokens: 5,
  quoteFragment: 0.85,
  keywords: 1,
  positions: DEFAULT_POSITION,
}

// Each sentence's share of the article's frequent words: the sum of its words' counts (against
// the commonest word's), over the square root of its length, so a long sentence gains from its
// length only in part. Scaled so the best sentence scores 1.
function keywordWeights(sentences: readonly ArticleSentence[]): number[] {
  const counts = new Map<string, number>()
  for (const { tokens } of sentences)
    for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1)
  const weights = sentences.map(({ tokens }) => {
    let sum = 0
    for (const token of tokens) sum += counts.get(token) ?? 0
    return tokens.length ? sum / tokens.length ** 0.5 : 0
  })
  const top = Math.max(0, ...weights)
  return weights.map((weight) => (top > 0 ? weight / top : 0))
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
  const weight = keywordWeights(sentences)
  const relevance = sentences.map((sentence, i) => {
    const score =
      settings.centrality * (topRank > 0 ? (rank[i] ?? 0) / topRank : 0) +
      settings.title * cosine(vectors[i] ?? title, title) +
      settings.position * (position[i] ?? 0) +
      settings.keywords * (weight[i] ?? 0)
    const fragment = sentence.fragment ? settings.quoteFragment : 1
    return score * fragment * Math.min(1, sentence.tokens.length / settings.minTokens)
  })
  return { relevance, similarity }
}
