// @vitest-environment node
import { expect, test } from 'vitest'
import { ROUGE_FLOORS, summaryGoals, type SystemFigures } from './summary-goals.ts'

const row = (name: string, sentences: '3' | 'k', rouge: number): SystemFigures => ({
  name,
  sentences,
  rouge1: rouge,
  rouge2: rouge,
  rougeLsum: rouge,
  points: 100,
  leaning: 1,
  fragments: 1,
  repeats: 0,
})
const good = [
  row('Lede', '3', 90),
  row('Lead-3', '3', 40),
  row('Lede', 'k', 90),
  row('Lead-k', 'k', 60),
]
const missed = (rows: SystemFigures[]) =>
  summaryGoals(rows)
    .filter(({ met }) => !met)
    .map(({ goal }) => goal)

test('every goal is met by figures above them', () => {
  expect(missed(good)).toEqual([])
})

test('a ROUGE figure under its floor misses', () => {
  const low = { ...row('Lede', '3', 90), rouge2: ROUGE_FLOORS['3'].rouge2 - 0.01 }
  expect(missed([low, ...good.slice(1)])).toEqual([
    'at 3 sentences, ROUGE-1 / 2 / Lsum of at least 55.70 / 51.46 / 55.23',
  ])
})

test('leaning, fragments and repeats each miss on their own', () => {
  const [lede3, lead3, ledeK, leadK] = good
  if (!lede3 || !lead3 || !ledeK || !leadK) throw new Error('fixture')
  expect(missed([{ ...lede3, leaning: 2.1 }, lead3, ledeK, leadK])).toEqual([
    'at 3 sentences, at most 2% of points lean on sentences not shown',
  ])
  expect(missed([lede3, lead3, { ...ledeK, fragments: 2.5, repeats: 1 }, leadK])).toEqual([
    'at k sentences, at most 2% of points are pieces of a quotation',
    'at k sentences, no two points of a summary repeat each other',
  ])
})

test('a system that is missing misses its goals', () => {
  expect(missed(good.slice(0, 2))).toHaveLength(5)
})
