import { expect, test } from 'vitest'
import { readAhead } from './read-ahead.ts'

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

test('gives the results in the order of the items, however the reads finish', async () => {
  const results: string[] = []
  for await (const result of readAhead([30, 1, 20, 2, 10], 3, async (ms) => {
    await pause(ms)
    return `${ms}`
  })) {
    results.push(result)
  }
  expect(results).toEqual(['30', '1', '20', '2', '10'])
})

test('never starts more than `ahead` reads beyond the results taken', async () => {
  let started = 0
  let taken = 0
  let most = 0
  const items = Array.from({ length: 20 }, (_, i) => i)
  for await (const result of readAhead(items, 4, async (item) => {
    started += 1
    most = Math.max(most, started - taken)
    await pause(1)
    return item
  })) {
    expect(result).toBe(taken)
    taken += 1
    // A slow consumer: reads ahead would run far on if nothing held them back.
    await pause(3)
  }
  expect(taken).toBe(20)
  expect(most).toBe(4)
})

test('a read that fails ahead of its turn is thrown in its turn, after the results before it', async () => {
  const results: number[] = []
  const reading = (async () => {
    for await (const result of readAhead([1, 2, 3], 3, async (item) => {
      if (item === 3) throw new Error('no such article')
      await pause(20)
      return item
    })) {
      results.push(result)
    }
  })()
  await expect(reading).rejects.toThrow('no such article')
  expect(results).toEqual([1, 2])
})

test('no items, no reads', async () => {
  let reads = 0
  const results: number[] = []
  for await (const result of readAhead([], 4, async () => reads++)) results.push(result)
  expect(results).toEqual([])
  expect(reads).toBe(0)
})
