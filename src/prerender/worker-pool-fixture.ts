import { parentPort } from 'node:worker_threads'

// A worker for worker-pool.test.ts: answers a batch of numbers with their doubles, and for the
// number it is told to fail on, stops (-1, as a thread killed midway would) or throws (-2).
parentPort?.on('message', (batch: unknown) => {
  if (!Array.isArray(batch)) throw new Error('expected a batch')
  const numbers = batch.map(Number)
  if (numbers.includes(-1)) process.exit(3)
  if (numbers.includes(-2)) throw new Error('cannot double -2')
  parentPort?.postMessage(numbers.map((n) => n * 2))
})
