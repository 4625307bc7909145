// @vitest-environment node
import { expect, test } from 'vitest'
import { positionPrior } from './position-prior.ts'

const settings = { leadDecay: 0.5, sectionStart: 0.7, sectionDecay: 0.5 }

test('the lead counts most, and each later sentence less', () => {
  const opening = [0, 1, 2].map((index) => ({ index, section: 0, indexInSection: index }))
  expect(positionPrior(opening, settings)).toEqual([1, 0.5, 0.25])
})

test('each section opens with a point of its own', () => {
  const sentences = [
    { index: 0, section: 0, indexInSection: 0 },
    { index: 1, section: 0, indexInSection: 1 },
    { index: 2, section: 1, indexInSection: 0 },
    { index: 3, section: 1, indexInSection: 1 },
    { index: 4, section: 2, indexInSection: 0 },
  ]
  expect(positionPrior(sentences, settings)).toEqual([1, 0.5, 0.7, 0.35, 0.7])
})

test('stays between 0 and 1 with the default settings', () => {
  const sentences = Array.from({ length: 30 }, (_, index) => ({
    index,
    section: Math.floor(index / 10),
    indexInSection: index % 10,
  }))
  for (const prior of positionPrior(sentences)) {
    expect(prior).toBeGreaterThan(0)
    expect(prior).toBeLessThanOrEqual(1)
  }
})
