// @vitest-environment node
import { expect, test } from 'vitest'
import { checkSummary } from './summary-checks.ts'

const paragraphs = [
  {
    id: 'p1',
    text: 'However, the ferry will sail twice a day. "The quay is busy. The boats are full," said Ann Reid.',
  },
  { id: 'p2', text: 'She said the crew had asked for it. Ferry fares will rise in the spring.' },
]

test('counts points that lean, fragments and repeats', () => {
  const checks = checkSummary(
    [
      { text: 'However, the ferry will sail twice a day.', paragraphId: 'p1' },
      { text: '"The quay is busy.', paragraphId: 'p1' },
      { text: 'She said the crew had asked for it.', paragraphId: 'p2' },
    ],
    paragraphs,
    'en',
  )
  expect(checks).toEqual({ points: 3, leaning: 2, fragments: 1, repeats: 0 })
})

test('finds a point whose linking word was dropped, and reads a passage from its first sentence', () => {
  const checks = checkSummary(
    [
      { text: 'The ferry will sail twice a day.', paragraphId: 'p1' },
      { text: '"The quay is busy. The boats are full," said Ann Reid.', paragraphId: 'p1' },
    ],
    paragraphs,
    'en',
  )
  expect(checks).toEqual({ points: 2, leaning: 0, fragments: 0, repeats: 0 })
})

test('a point not found in its paragraph counts as a fragment, and repeats are counted', () => {
  const checks = checkSummary(
    [
      { text: 'Ferry fares will rise in the spring.', paragraphId: 'p2' },
      { text: 'Ferry fares will rise in the spring, a lot.', paragraphId: 'p1' },
    ],
    paragraphs,
    'en',
  )
  expect(checks).toEqual({ points: 2, leaning: 0, fragments: 1, repeats: 1 })
})
