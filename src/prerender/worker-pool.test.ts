// @vitest-environment node
import { expect, test } from 'vitest'
import { startPool } from './worker-pool.ts'

const worker = new URL('./worker-pool-fixture.ts', import.meta.url)

async function double(items: number[], threads = 2) {
  const results: number[] = []
  const pool = startPool({ worker, workerData: null, name: 'doubling' })
  try {
    await pool.run({
      items,
      threads,
      batchSize: 3,
      parseResults: (message) => (Array.isArray(message) ? message.map(Number) : []),
      onResults: (batch) => results.push(...batch),
    })
  } finally {
    await pool.close()
  }
  return results
}

test('every item is answered once, across the threads', async () => {
  const items = Array.from({ length: 50 }, (_, index) => index)
  const results = await double(items)
  expect(results.toSorted((a, b) => a - b)).toEqual(items.map((n) => n * 2))
}, 30_000)

test('no items are no results', async () => {
  expect(await double([])).toEqual([])
}, 30_000)

test('a pool runs one batch of work after another on the same threads', async () => {
  const results: number[] = []
  const pool = startPool({ worker, workerData: null, name: 'doubling' })
  const run = (items: number[]) =>
    pool.run({
      items,
      threads: 2,
      batchSize: 2,
      parseResults: (message) => (Array.isArray(message) ? message.map(Number) : []),
      onResults: (batch) => results.push(...batch),
    })
  try {
    await run([1])
    await run([2, 3, 4, 5, 6])
  } finally {
    await pool.close()
  }
  expect(results.toSorted((a, b) => a - b)).toEqual([2, 4, 6, 8, 10, 12])
}, 30_000)

test('a thread that stops midway fails the run and says so', async () => {
  const items = Array.from({ length: 30 }, (_, index) => (index === 20 ? -1 : index))
  await expect(double(items)).rejects.toThrow(
    /^doubling: thread \d stopped \(exit code 3\) before it had answered.*the output is incomplete$/,
  )
}, 30_000)

test('a thread that throws fails the run with its error', async () => {
  const items = Array.from({ length: 30 }, (_, index) => (index === 7 ? -2 : index))
  await expect(double(items)).rejects.toThrow(/^doubling: thread \d failed: cannot double -2$/)
}, 30_000)
