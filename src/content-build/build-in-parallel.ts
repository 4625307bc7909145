import { availableParallelism } from 'node:os'
import type { Worker } from 'node:worker_threads'
import type { CacheEntry } from './article-parts.ts'
import type { SourceFile } from './build-article.ts'
import { startTsWorker } from './ts-worker.ts'

// Below this many files a build stays on one thread: starting a worker and loading the
// summariser in it costs more than it saves.
export const PARALLEL_THRESHOLD = 200
const BATCH = 50

// A thread that builds the article files it is sent (build-worker.ts).
export function startBuildWorker(): Worker {
  return startTsWorker(new URL('./build-worker.ts', import.meta.url))
}

// Builds article files on every core. Each worker takes the next batch when it is free, so a
// slow article holds up one batch and not a share of the run. Sources are read as their batch
// is sent and each result is handed on as it comes back, so neither the texts nor the results
// of a hundred thousand articles are ever held at once.
export async function buildInParallel(
  count: number,
  load: (index: number) => Promise<SourceFile>,
  buildOne: (source: SourceFile) => CacheEntry,
  onBuilt: (index: number, built: CacheEntry) => void | Promise<void>,
  threads: number = availableParallelism(),
): Promise<void> {
  if (count < PARALLEL_THRESHOLD || threads < 2) {
    for (let index = 0; index < count; index++) await onBuilt(index, buildOne(await load(index)))
    return
  }
  let next = 0
  const send = (worker: Worker): Promise<{ start: number; built: CacheEntry[] }> | null => {
    if (next >= count) return null
    const start = next
    next = Math.min(count, next + BATCH)
    const indices = Array.from({ length: next - start }, (_, offset) => start + offset)
    return Promise.all(indices.map(load))
      .then((batch) => buildOnWorker(worker, batch))
      .then((built) => ({ start, built }))
  }
  const run = async (worker: Worker) => {
    for (let asked = send(worker); asked;) {
      const { start, built } = await asked
      // The worker starts on its next batch while this one is handed on, so it never waits
      // for the cache to be written.
      asked = send(worker)
      // A failure of the next batch is thrown where it is awaited, once this one is handed on.
      asked?.catch(() => undefined)
      await Promise.all(built.map((result, offset) => onBuilt(start + offset, result)))
    }
  }
  const workers = Array.from(
    { length: Math.min(threads, Math.ceil(count / BATCH)) },
    startBuildWorker,
  )
  try {
    await Promise.all(workers.map(run))
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
}

// What a build thread made of a batch, in the batch's order.
export function buildOnWorker(worker: Worker, batch: SourceFile[]): Promise<CacheEntry[]> {
  return new Promise((resolve, reject) => {
    const fail = (error: Error) => {
      worker.off('message', done)
      reject(error)
    }
    const done = (built: CacheEntry[]) => {
      worker.off('error', fail)
      resolve(built)
    }
    worker.once('message', done)
    worker.once('error', fail)
    worker.postMessage(batch)
  })
}
