// @vitest-environment node
import { expect, test } from 'vitest'
import { selectSentences } from './select-sentences.ts'

// Identity similarity: no two sentences alike.
function unlike(n: number): Float64Array {
  const similarity = new Float64Array(n * n)
  for (let i = 0; i < n; i++) similarity[i * n + i] = 1
  return similarity
}

test('takes the most relevant sentences and returns them in article order', () => {
  const candidates = {
    relevance: [0.2, 0.9, 0.1, 0.8],
    similarity: unlike(4),
    sections: [0, 0, 0, 0],
  }
  expect(selectSentences(candidates, 2)).toEqual([1, 3])
})

test('passes over a sentence that repeats one already chosen', () => {
  // 0 and 1 say the same thing; 2 is less relevant but new.
  const similarity = unlike(3)
  similarity[0 * 3 + 1] = 1
  similarity[1 * 3 + 0] = 1
  const candidates = { relevance: [1, 0.95, 0.8], similarity, sections: [0, 0, 0] }
  const settings = { sectionPenalty: 0, nearDuplicate: 1.5 }
  expect(selectSentences(candidates, 2, { ...settings, lambda: 0.7 })).toEqual([0, 2])
  expect(selectSentences(candidates, 2, { ...settings, lambda: 1 })).toEqual([0, 1])
})

test('a near-copy of a chosen sentence comes after everything else', () => {
  const similarity = unlike(3)
  similarity[0 * 3 + 1] = 0.9
  similarity[1 * 3 + 0] = 0.9
  const candidates = { relevance: [1, 0.95, 0.1], similarity, sections: [0, 0, 0] }
  const settings = { lambda: 1, sectionPenalty: 0, nearDuplicate: 0.8 }
  expect(selectSentences(candidates, 2, settings)).toEqual([0, 2])
  expect(selectSentences(candidates, 3, settings)).toEqual([0, 1, 2])
})

test('spreads the choice over sections', () => {
  const candidates = { relevance: [1, 0.9, 0.85], similarity: unlike(3), sections: [0, 0, 1] }
  const settings = { lambda: 1, nearDuplicate: 1.5 }
  expect(selectSentences(candidates, 2, { ...settings, sectionPenalty: 0.2 })).toEqual([0, 2])
  expect(selectSentences(candidates, 2, { ...settings, sectionPenalty: 0 })).toEqual([0, 1])
})

test('ties go to the earlier sentence', () => {
  const candidates = { relevance: [0.5, 0.5, 0.5], similarity: unlike(3), sections: [0, 0, 0] }
  expect(selectSentences(candidates, 1)).toEqual([0])
})

test('never asks for more than there is', () => {
  const candidates = { relevance: [0.5, 0.4], similarity: unlike(2), sections: [0, 0] }
  expect(selectSentences(candidates, 5)).toEqual([0, 1])
  expect(selectSentences({ relevance: [], similarity: unlike(0), sections: [] }, 3)).toEqual([])
})
