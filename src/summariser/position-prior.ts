import type { ArticleSentence } from './article-sentences.ts'

export type PositionSettings = {
  /** How much each later sentence of the opening counts, against the one before it. */
  leadDecay: number
  /** What the first sentence of a later section counts, against the first of the article. */
  sectionStart: number
  /** The decay inside a later section. */
  sectionDecay: number
}

export const DEFAULT_POSITION: PositionSettings = {
  leadDecay: 0.5,
  sectionStart: 0.7,
  sectionDecay: 0.5,
}

/**
 * How much a sentence's place says about its importance, from 0 to 1. News puts the most
 * important facts first (the inverted pyramid), and each section of a long piece opens with its
 * own point, so both the lead and the start of each section count.
 */
export function positionPrior(
  sentences: readonly Pick<ArticleSentence, 'index' | 'section' | 'indexInSection'>[],
  settings: PositionSettings = DEFAULT_POSITION,
): number[] {
  return sentences.map(({ index, section, indexInSection }) => {
    const lead = settings.leadDecay ** index
    if (section === 0) return lead
    return Math.max(lead, settings.sectionStart * settings.sectionDecay ** indexInSection)
  })
}
