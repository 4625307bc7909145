import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { BuiltArticle, SourceFile } from './build-article.ts'

// Below this many files a build stays on one thread: starting a worker and loading the
// summariser in it costs more than it saves.
export const PARALLEL_THRESHOLD = 200
const BATCH = 50

export type BuildProgress = (done: number) => void

// A worker does not inherit this process's TypeScript loader: it registers tsx (which runs
// every build script) before it loads the worker module.
function startWorker(): Worker {
  const tsx = import.meta.resolve('tsx/esm/api')
  const worker = new URL('./build-worker.ts', import.meta.url).href
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(worker)}) })`
  return new Worker(boot, { eval: true })
}

// Builds article files on every core. Each worker takes the next batch when it is free, so a
// slow article holds up one batch and not a share of the run; results keep the order of the
// files.
export async function buildInParallel(
  sources: SourceFile[],
  buildOne: (source: SourceFile) => BuiltArticle,
  onProgress: BuildProgress = () => {},
  threads: number = availableParallelism(),
): Promise<BuiltArticle[]> {
  if (sources.length < PARALLEL_THRESHOLD || threads < 2) {
    return sources.map((source, index) => {
      const built = buildOne(source)
      onProgress(index + 1)
      return built
    })
  }
  const results: BuiltArticle[] = new Array<BuiltArticle>(sources.length)
  let next = 0
  let done = 0
  const run = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      const send = () => {
        if (next >= sources.length) return resolve()
        const start = next
        next += BATCH
        worker.once('message', (built: BuiltArticle[]) => {
          built.forEach((result, offset) => (results[start + offset] = result))
          done += built.length
          onProgress(done)
          send()
        })
        worker.postMessage(sources.slice(start, start + BATCH))
      }
      worker.once('error', reject)
      send()
    })
  const workers = Array.from(
    { length: Math.min(threads, Math.ceil(sources.length / BATCH)) },
    startWorker,
  )
  try {
    await Promise.all(workers.map(run))
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
  return results
}
